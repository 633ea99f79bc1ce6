/** Console helpers that every module's shell commands share: the aligned text table. */
@Export
@Version("1.0.0")
package com.salesworkbench.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
