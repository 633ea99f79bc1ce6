package com.salesworkbench.api.report;

import java.util.List;

/** The content a report section is made of; renderers know every kind. */
public sealed interface ReportBlock {

    record Heading(String text) implements ReportBlock {
    }

    record Paragraph(String text) implements ReportBlock {
    }

    /** A table; cells are already formatted for the report's locale. */
    record Table(List<String> header, List<List<String>> rows) implements ReportBlock {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
