/**
 * Data in and out: import of sales history, actuals, plan grids and pipelines from CSV and XLSX into a client's
 * workspace (column mapping confirmed by the user, detection of encoding, delimiter, number and date formats,
 * a preview, all-or-nothing), and export of tables to CSV and XLSX. {@link DataImport} and {@link DataExport}
 * are DS services; the detectors are plain Java.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package com.salesworkbench.io;
