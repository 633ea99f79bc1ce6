package com.salesworkbench.io.internal;

import com.salesworkbench.workspace.DocumentType;
import java.util.List;

/**
 * A plan grid or a pipeline as imported: the kind's fields that were mapped, in the kind's order, and the rows with
 * every cell normalised (numbers plain with a decimal point, money rounded to cents, dates ISO, periods in the
 * text form of PlanPeriod, percentages 0-100). Saved as {@code io/tables/<kind>/<name>}.
 */
public record ImportedTable(String kind, String source, List<String> columns, List<List<String>> rows) {

    public static final DocumentType<ImportedTable> TYPE = DocumentType.of("io-table", ImportedTable.class);

    public ImportedTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static String document(String kind, String name) {
        return "io/tables/" + kind + "/" + name;
    }
}
