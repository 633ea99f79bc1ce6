/** Building the client deliverable (PDF, DOCX) from the report sections the modules contribute. */
@Export
@Version("1.0.0")
package com.salesworkbench.report;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
