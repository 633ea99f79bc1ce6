package com.salesworkbench.funnel.internal;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the console, aligned by display width (CJK characters count double). */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;
    private final boolean[] right;

    Table(String... header) {
        columns = header.length;
        right = new boolean[columns];
        rows.add(header);
    }

    /** Right-aligns the given columns (numbers). */
    Table right(int... cols) {
        for (int c : cols) {
            right[c] = true;
        }
        return this;
    }

    Table row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " cells, got " + cells.length);
        }
        String[] r = new String[columns];
        for (int i = 0; i < columns; i++) {
            r[i] = cells[i] == null ? "" : cells[i].toString();
        }
        rows.add(r);
        return this;
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    @Override
    public String toString() {
        int[] widths = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                String pad = " ".repeat(widths[i] - width(r[i]));
                if (right[i]) {
                    line.append(pad).append(r[i]);
                } else {
                    line.append(r[i]);
                    if (i < columns - 1) {
                        line.append(pad);
                    }
                }
                if (i < columns - 1) {
                    line.append("  ");
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }
}
