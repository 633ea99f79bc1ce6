/**
 * The SWOT workspace as plain values: weighted and rated items in four quadrants, iterations with their
 * participants and their comparison, internal and external factor scores with the matrix position, TOWS
 * strategies turned into actions of a strategy document, and evidence from other modules
 * ({@link com.salesworkbench.swot.FindingSource}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package com.salesworkbench.swot;
