package com.salesworkbench.api.data;

import java.util.List;
import java.util.Objects;

/**
 * Rows read and checked by an importer, handed to the {@link ImportSink} of their kind: the table's columns are the
 * fields that were mapped (named as the kind's fields: {@code period}, {@code manager}, {@code amount}...), every
 * value already typed as {@link Table} describes (a period is a {@code PlanPeriod}, money a {@code BigDecimal} with
 * two decimals, a percentage a share); {@code rows.get(i)} came from source row {@code sourceRows.get(i)} of the file
 * {@code source} (a CSV line or a sheet row, 1-based), so a sink's error can name it.
 */
public record ImportedRows(String source, Table table, List<Long> sourceRows) {

    public ImportedRows {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(table, "table");
        sourceRows = List.copyOf(sourceRows);
        if (sourceRows.size() != table.rows().size()) {
            throw new IllegalArgumentException(sourceRows.size() + " row numbers for " + table.rows().size() + " rows");
        }
    }

    /** The value of field {@code name} in row {@code i}, or {@code null} when the field was not mapped or the cell is empty. */
    public Object value(int i, String name) {
        int c = table.column(name);
        return c < 0 ? null : table.rows().get(i).get(c);
    }
}
