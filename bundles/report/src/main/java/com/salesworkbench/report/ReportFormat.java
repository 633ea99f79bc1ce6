package com.salesworkbench.report;

import java.util.Locale;
import java.util.Optional;

/** The file formats of the deliverable. */
public enum ReportFormat {
    PDF("pdf"), DOCX("docx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format named by a user ("pdf", "DOCX"), if there is one. */
    public static Optional<ReportFormat> parse(String name) {
        for (ReportFormat f : values()) {
            if (f.extension.equals(name == null ? "" : name.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
