/** Console output helpers for the shell commands of every module. */
@Export
@Version("1.0.0")
package com.salesworkbench.shell.text;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
