package com.salesworkbench.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table to export: typed columns and rows of values ({@code String}, {@code Number} incl. {@code BigDecimal},
 * {@code java.time.LocalDate}, or {@code null} for an empty cell). With {@code groupBy} >= 0 the rows are taken
 * as sorted by that column and the XLSX export adds a subtotal row after each group and a total row, as
 * {@code SUM} formulas over the detail rows so the sheet recalculates when a user edits a figure.
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows, int groupBy) {

    /** How a column's values are formatted in XLSX (and written in CSV). */
    public enum ColumnType {
        /** Text. */
        TEXT,
        /** Whole numbers with thousands separators. */
        INTEGER,
        /** Money: two decimals with thousands separators. */
        MONEY,
        /** A plain decimal number. */
        NUMBER,
        /** A share, 0.25 shown as 25.0%. */
        PERCENT,
        /** A calendar date. */
        DATE
    }

    public record Column(String header, ColumnType type) {
        public Column {
            Objects.requireNonNull(header);
            Objects.requireNonNull(type);
        }

        public boolean summable() {
            return type == ColumnType.INTEGER || type == ColumnType.MONEY || type == ColumnType.NUMBER;
        }
    }

    public Table {
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " cells for " + columns.size() + " columns");
            }
            copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = java.util.Collections.unmodifiableList(copy);
        if (groupBy >= columns.size()) {
            throw new IllegalArgumentException("groupBy " + groupBy);
        }
    }

    public static Table of(String title, List<Column> columns, List<List<Object>> rows) {
        return new Table(title, columns, rows, -1);
    }
}
