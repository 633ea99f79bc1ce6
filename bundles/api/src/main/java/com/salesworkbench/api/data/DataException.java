package com.salesworkbench.api.data;

/**
 * A module refused imported rows or could not produce a table. The message is already in the language the caller
 * asked for (the module knows its own texts, the caller does not); {@link #row()} is the source row the problem is
 * in (0 when it concerns the whole table) and {@link #field()} the field (column name) or {@code null}, so the
 * caller can say where in its file: sheet, row, column.
 */
public class DataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long row;
    private final String field;

    public DataException(long row, String field, String localizedMessage) {
        super(localizedMessage);
        this.row = row;
        this.field = field;
    }

    /** A problem of the whole table or request (no row, no field). */
    public DataException(String localizedMessage) {
        this(0, null, localizedMessage);
    }

    public long row() {
        return row;
    }

    public String field() {
        return field;
    }
}
