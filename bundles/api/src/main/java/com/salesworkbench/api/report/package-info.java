@Export
@Version("1.1.0")
package com.salesworkbench.api.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
