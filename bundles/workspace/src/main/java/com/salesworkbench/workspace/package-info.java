/**
 * Client workspaces on disk. A workspace is a folder with one sub-folder per client; each client holds
 * JSON documents (with a schema version and a saved history) and CSV series. Writes are atomic.
 */
@Export
@Version("1.1.0")
package com.salesworkbench.workspace;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
