package com.salesworkbench.report.internal;

import com.salesworkbench.api.report.ReportBlock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Everything a renderer needs: the cover facts and the sections' blocks, already in the report's language. */
record ReportContent(String clientName, LocalDate date, Locale locale, List<Part> parts) {

    ReportContent {
        parts = List.copyOf(parts);
    }

    /** One section; {@code failure} is set when the section threw and its blocks are only the note about it. */
    record Part(String id, String title, List<ReportBlock> blocks, String failure) {
        Part {
            blocks = List.copyOf(blocks);
        }
    }
}
