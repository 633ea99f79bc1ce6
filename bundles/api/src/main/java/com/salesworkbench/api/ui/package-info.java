@Export
@Version("2.0.0")
package com.salesworkbench.api.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
