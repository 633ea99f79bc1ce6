/**
 * What {@code ui.*} bundles share besides the API: a context for running parts without the window (tests,
 * snapshots), the snapshot renderer that proves a view shows its content headless, the window's import of data files
 * ({@link FileImports}) and the window model as a service ({@link Workbench}).
 */
@Export
@Version("2.2.0")
package com.salesworkbench.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
