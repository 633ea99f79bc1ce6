package com.salesworkbench.report.internal;

import com.salesworkbench.report.ReportException;

/** The DOCX renderer joins when Apache POI (bundles/lib.poi) is available. */
final class Renderers {

    private Renderers() {
    }

    static byte[] docx(ReportStyle style, ReportContent content) {
        throw new ReportException("format.unavailable", "docx");
    }
}
