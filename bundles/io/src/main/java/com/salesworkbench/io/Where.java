package com.salesworkbench.io;

import com.salesworkbench.api.i18n.Texts;

/**
 * A place in an imported file for messages: the file, the sheet (XLSX) or none, the row (a CSV line or a sheet
 * row, 1-based, 0 for the whole file), the column (0-based, -1 for the whole row) and its header when known.
 */
public record Where(String file, String sheet, long row, int column, String header) {

    public static Where file(String file) {
        return new Where(file, null, 0, -1, null);
    }

    /** The column as a spreadsheet shows it: A, B, ..., Z, AA. */
    public static String letters(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return sb.toString();
    }

    /** The place in the user's language (texts of the io bundle). */
    public String format(Texts texts) {
        String col = column < 0 ? "" : header == null || header.isEmpty() ? letters(column) : letters(column) + " (" + header + ")";
        if (sheet != null) {
            if (row <= 0) {
                return texts.get("where.sheet", file, sheet);
            }
            return column < 0 ? texts.get("where.sheetRow", file, sheet, row)
                    : texts.get("where.cell", file, sheet, letters(column) + row, col);
        }
        if (row <= 0) {
            return file;
        }
        return column < 0 ? texts.get("where.line", file, row) : texts.get("where.lineColumn", file, row, col);
    }

    @Override
    public String toString() {
        String col = column < 0 ? "" : header == null || header.isEmpty() ? letters(column) : letters(column) + " (" + header + ")";
        if (sheet != null) {
            if (row <= 0) {
                return file + ", sheet '" + sheet + "'";
            }
            return column < 0 ? file + ", sheet '" + sheet + "', row " + row
                    : file + ", sheet '" + sheet + "', cell " + letters(column) + row + ", column " + col;
        }
        if (row <= 0) {
            return file;
        }
        return column < 0 ? file + ", line " + row : file + ", line " + row + ", column " + col;
    }
}
