package com.salesworkbench.io.internal;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Number formats in imported cells. Two styles: {@code en} (also zh and plain numbers) writes {@code 1,162,500.50}
 * with a decimal point and commas (or spaces) grouping thousands; {@code ru} writes {@code 1 162 500,50} with a
 * decimal comma and spaces (also NBSP U+00A0, narrow NBSP U+202F, thin space U+2009) or dots grouping thousands.
 * The style of a column is decided from all its sample cells: a comma that cannot group thousands (not followed
 * by exactly three digits), or a space group with a comma, means ru; a point that cannot group thousands means
 * en; where every cell is ambiguous ({@code 1,250}) the client's language decides. Parsing is then strict.
 */
final class Numbers {

    enum Style {
        EN("en"), RU("ru"), PLAIN("plain");

        final String id;

        Style(String id) {
            this.id = id;
        }
    }

    private Numbers() {
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    /** Decides the style of a column from its cells; {@code locale} breaks a tie. */
    static Style detect(Iterable<String> samples, Locale locale) {
        int commaDecimal = 0;
        int pointDecimal = 0;
        int grouped = 0;
        int ambiguous = 0;
        for (String raw : samples) {
            String s = strip(raw);
            if (s.isEmpty()) {
                continue;
            }
            int comma = s.lastIndexOf(',');
            int point = s.lastIndexOf('.');
            boolean spaces = false;
            for (int i = 0; i < s.length(); i++) {
                spaces |= isSpace(s.charAt(i));
            }
            if (spaces) {
                grouped++;
            }
            if (comma >= 0 && point >= 0) {
                if (comma > point) {
                    commaDecimal++;
                } else {
                    pointDecimal++;
                }
            } else if (comma >= 0) {
                boolean several = s.indexOf(',') != comma;
                if (several) {
                    pointDecimal++; // 1,162,500
                } else if (!threeDigitsAfter(s, comma) || spaces) {
                    commaDecimal++; // 12,5 or 1 162,500
                } else {
                    ambiguous++; // 1,250: thousands in en, a decimal in ru
                }
            } else if (point >= 0) {
                boolean several = s.indexOf('.') != point;
                if (several) {
                    commaDecimal++; // 1.162.500
                } else if (!threeDigitsAfter(s, point) || spaces) {
                    pointDecimal++;
                }
            }
        }
        if (commaDecimal > 0 && commaDecimal >= pointDecimal) {
            return Style.RU;
        }
        if (pointDecimal > 0) {
            return Style.EN;
        }
        if (grouped > 0 || ambiguous > 0) {
            return Style.RU.id.equals(locale.getLanguage()) ? Style.RU : Style.EN;
        }
        return Style.RU.id.equals(locale.getLanguage()) ? Style.RU : Style.PLAIN;
    }

    private static boolean threeDigitsAfter(String s, int at) {
        int n = 0;
        for (int i = at + 1; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                n++;
            } else {
                break;
            }
        }
        return n == 3 && at + 4 == s.length();
    }

    /** Trims spaces of every kind and a leading/trailing currency sign or code. */
    static String strip(String raw) {
        int a = 0;
        int b = raw.length();
        while (a < b && (isSpace(raw.charAt(a)) || Character.isWhitespace(raw.charAt(a)))) {
            a++;
        }
        while (b > a && (isSpace(raw.charAt(b - 1)) || Character.isWhitespace(raw.charAt(b - 1)))) {
            b--;
        }
        return raw.substring(a, b);
    }

    /**
     * Parses a cell in the given style. Accepts a leading minus (also U+2212), grouping separators between
     * groups of three digits, and a decimal separator. Returns null for an empty cell.
     *
     * @throws NumberFormatException when the cell is not a number of that style
     */
    static BigDecimal parse(String raw, Style style) {
        String s = strip(raw);
        if (s.isEmpty()) {
            return null;
        }
        char decimal = style == Style.RU ? ',' : '.';
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        if (s.charAt(0) == '-' || s.charAt(0) == '\u2212' || s.charAt(0) == '+') {
            if (s.charAt(0) != '+') {
                out.append('-');
            }
            i++;
        }
        int digitsInGroup = 0;
        boolean grouping = false;
        boolean sawDecimal = false;
        boolean sawDigit = false;
        boolean sawExponent = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
                digitsInGroup++;
                sawDigit = true;
            } else if (!sawDecimal && !sawExponent && c == decimal) {
                if (grouping && digitsInGroup != 3) {
                    throw new NumberFormatException(raw);
                }
                out.append('.');
                sawDecimal = true;
                digitsInGroup = 0;
            } else if (!sawDecimal && !sawExponent && sawDigit && isGroup(c, style)) {
                if ((grouping && digitsInGroup != 3) || (!grouping && digitsInGroup > 3)) {
                    throw new NumberFormatException(raw);
                }
                grouping = true;
                digitsInGroup = 0;
            } else if ((c == 'E' || c == 'e') && sawDigit && !sawExponent && style != Style.RU) {
                sawExponent = true; // 1.5E7, as spreadsheets write large numbers
                out.append('E');
                if (i + 1 < s.length() && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '+')) {
                    out.append(s.charAt(++i));
                }
                digitsInGroup = 0;
            } else {
                throw new NumberFormatException(raw);
            }
        }
        if (!sawDigit || (grouping && !sawDecimal && digitsInGroup != 3) || out.charAt(out.length() - 1) == 'E') {
            throw new NumberFormatException(raw);
        }
        return new BigDecimal(out.toString());
    }

    private static boolean isGroup(char c, Style style) {
        if (isSpace(c)) {
            return true;
        }
        return style == Style.RU ? c == '.' : c == ',';
    }

    /** How a style writes 1 234 567.89, for messages. */
    static String example(Style style) {
        return switch (style) {
            case RU -> "1 234 567,89";
            case EN -> "1,234,567.89";
            case PLAIN -> "1234567.89";
        };
    }
}
