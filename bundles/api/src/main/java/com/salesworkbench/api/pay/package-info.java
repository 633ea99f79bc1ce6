@Export
@Version("1.1.0")
package com.salesworkbench.api.pay;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
