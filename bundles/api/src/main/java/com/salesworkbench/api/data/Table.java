package com.salesworkbench.api.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A table of typed columns and rows of values, what is exported to CSV / XLSX and what an importer hands to an
 * {@link ImportSink}. The values of a column by its {@link ColumnType}: TEXT a {@code String}; INTEGER, NUMBER a
 * {@code Number} (an importer gives {@code BigDecimal}); MONEY a {@code BigDecimal} (an importer gives two
 * decimals; a file names no currency, the document's applies) or a {@code com.salesworkbench.api.money.Money};
 * PERCENT a share as a
 * {@code BigDecimal} (0.25 for 25 %); DATE a {@code java.time.LocalDate}; PERIOD a
 * {@code com.salesworkbench.api.time.PlanPeriod}; {@code null} is an empty cell. With {@code groupBy} >= 0 the rows
 * are sorted by that column and a spreadsheet export adds a subtotal row after each group and a total row as
 * {@code SUBTOTAL} formulas over the detail rows, so the sheet recalculates when a user edits a figure.
 */
public record Table(String title, List<Column> columns, List<List<Object>> rows, int groupBy) {

    /** How a column's values are typed, formatted in XLSX and written in CSV. */
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
        DATE,
        /** A plan period (day to year), written in its text form: 2026-06, 2026-Q3, 2026-06-15. */
        PERIOD
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
            copy.add(Collections.unmodifiableList(new ArrayList<>(r)));
        }
        rows = Collections.unmodifiableList(copy);
        if (groupBy >= columns.size()) {
            throw new IllegalArgumentException("groupBy " + groupBy);
        }
    }

    public static Table of(String title, List<Column> columns, List<List<Object>> rows) {
        return new Table(title, columns, rows, -1);
    }

    /** The index of the column with this header, -1 when there is none. */
    public int column(String header) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).header().equals(header)) {
                return i;
            }
        }
        return -1;
    }
}
