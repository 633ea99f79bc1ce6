package com.salesworkbench.report.internal;

/** The DOCX renderer (Apache POI from bundles/lib.poi). */
final class Renderers {

    private Renderers() {
    }

    static byte[] docx(ReportStyle style, ReportContent content) {
        return new DocxRenderer(style).render(content);
    }
}
