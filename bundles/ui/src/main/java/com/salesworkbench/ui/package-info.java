/**
 * What {@code ui.*} bundles share besides the API: a context for running parts without the window (tests,
 * snapshots) and the snapshot renderer that proves a view shows its content headless.
 */
@Export
@Version("1.0.0")
package com.salesworkbench.ui;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
