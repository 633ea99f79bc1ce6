package com.salesworkbench.io;

import java.util.List;
import java.util.Locale;

/** What a file holds, and so which fields its columns map to and where it lands in the workspace. */
public enum ImportKind {
    /** Sales history: series in long ({@code series_id,ds,y}) or wide form (one column per period); a series file. */
    HISTORY(List.of(Field.required("series_id", FieldType.TEXT), Field.required("ds", FieldType.PERIOD),
            Field.required("y", FieldType.NUMBER))),
    /** Actual sales, the same shape as the history, kept in a series file of their own. */
    ACTUALS(HISTORY.fields),
    /** A plan grid: one row per period and member combination with money and units. */
    PLAN(List.of(Field.required("period", FieldType.PERIOD), Field.optional("profit_centre", FieldType.TEXT),
            Field.optional("product", FieldType.TEXT), Field.optional("manager", FieldType.TEXT),
            Field.optional("client", FieldType.TEXT), Field.optional("units", FieldType.INTEGER),
            Field.required("amount", FieldType.MONEY))),
    /** A pipeline: one row per opportunity, the columns of the funnel module's pipeline files. */
    PIPELINE(List.of(Field.optional("id", FieldType.TEXT), Field.required("rep", FieldType.TEXT),
            Field.required("customer", FieldType.TEXT), Field.optional("product", FieldType.TEXT),
            Field.optional("stage", FieldType.TEXT), Field.required("amount", FieldType.MONEY),
            Field.required("probability", FieldType.PERCENT), Field.required("close", FieldType.DATE_OR_MONTH),
            Field.optional("status", FieldType.TEXT), Field.optional("created", FieldType.DATE),
            Field.optional("closed", FieldType.DATE)));

    /** How a field's cells are read. */
    public enum FieldType {
        TEXT, PERIOD, DATE, DATE_OR_MONTH, NUMBER, MONEY, INTEGER, PERCENT
    }

    /** A target field of an import. */
    public record Field(String name, FieldType type, boolean required) {
        static Field required(String name, FieldType type) {
            return new Field(name, type, true);
        }

        static Field optional(String name, FieldType type) {
            return new Field(name, type, false);
        }
    }

    private final List<Field> fields;

    ImportKind(List<Field> fields) {
        this.fields = fields;
    }

    public List<Field> fields() {
        return fields;
    }

    public boolean isSeries() {
        return this == HISTORY || this == ACTUALS;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The kind by its id ({@code history}, {@code actuals}, {@code plan}, {@code pipeline}). */
    public static ImportKind of(String id) {
        for (ImportKind k : values()) {
            if (k.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new ImportException("error.kind", "Unknown kind '" + id + "': use history, actuals, plan or pipeline", id);
    }
}
