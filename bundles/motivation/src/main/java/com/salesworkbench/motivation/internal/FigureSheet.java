package com.salesworkbench.motivation.internal;

import com.salesworkbench.motivation.Activity;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.workspace.DocumentType;
import java.util.List;

/**
 * The reps' actual figures kept in the client's workspace: the rows of a figures CSV ({@code ActivityCsv}, saved by
 * {@code pay:figures}) as document {@code pay/figures/<name>}, schema {@code pay-figures} version 1. The report pays
 * each scheme on the figures of the same name, so the deliverable shows real statements.
 */
record FigureSheet(List<Activity> rows) {

    static final DocumentType<FigureSheet> TYPE = DocumentType.of("pay-figures", FigureSheet.class);
    static final String FOLDER = "pay/figures/";

    FigureSheet {
        rows = List.copyOf(rows);
    }

    /** The document of the figures named like a scheme (same rule for the name). */
    static String path(String name) {
        return FOLDER + PaySchemes.path(name).substring(PaySchemes.FOLDER.length());
    }
}
