/** The workbench's font family, shared by the window, the charts and the documents. */
@Export
@Version("1.0.0")
package com.salesworkbench.fonts;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
