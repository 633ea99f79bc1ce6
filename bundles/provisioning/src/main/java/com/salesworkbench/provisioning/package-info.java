/**
 * Which bundles run: features (named bundle sets), client profiles, the client switch and the plug-in
 * folders. The feature model is plain Java, so build tools can use it outside a framework.
 */
@Export
@Version("1.2.0")
package com.salesworkbench.provisioning;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
