package com.salesworkbench.ui.plan.internal;

import com.salesworkbench.api.i18n.Texts;
import java.math.BigDecimal;

/**
 * Reads a figure typed into a cell in any of the locales the workbench formats with: "1 800 000",
 * "1,800,000", "1.800.000", "1 234,5", "1,234.5". A single separator followed by exactly three digits groups
 * ("1,800" is 1800), otherwise it is the decimal sign ("1,5"). Empty text is null (the cell is cleared).
 */
final class Numbers {

    private Numbers() {
    }

    static BigDecimal parse(String text, String where, Texts texts) {
        String s = text.strip().replaceAll("[\\s\u00a0\u202f'’_]", "");
        if (s.isEmpty()) {
            return null;
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma >= 0 && dot >= 0) { // the later one is the decimal sign, the other groups
            s = comma > dot ? s.replace(".", "").replace(',', '.') : s.replace(",", "");
        } else if (comma >= 0 || dot >= 0) {
            char sep = comma >= 0 ? ',' : '.';
            int count = s.length() - s.replace(String.valueOf(sep), "").length();
            int last = Math.max(comma, dot);
            // repeated, or one followed by exactly three digits after a non-zero integer part: grouping
            String whole = s.substring(0, last).replace("-", "");
            boolean grouping = count > 1 || s.length() - last - 1 == 3 && !whole.isEmpty() && !whole.equals("0");
            s = grouping ? s.replace(String.valueOf(sep), "") : s.replace(sep, '.');
        }
        try {
            return new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(texts.get("edit.notANumber", where, text.strip()), e);
        }
    }
}
