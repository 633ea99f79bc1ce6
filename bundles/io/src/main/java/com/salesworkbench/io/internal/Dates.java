package com.salesworkbench.io.internal;

import com.salesworkbench.api.time.PlanPeriod;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Date and period formats in imported cells. A column's format is the one that reads the most of its sample
 * cells (ties go to the earlier in {@link Format}); slashed dates are day-first when some first part exceeds 12,
 * month-first when some second part does, else as the user said ({@code --day-first}) or by the client's language
 * (en: month first, others: day first). A cell of a date format gives a day; a month format gives a month.
 */
final class Dates {

    enum Format {
        ISO_DATE("yyyy-MM-dd", "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?"),
        ISO_MONTH("yyyy-MM", "(\\d{4})[-/.](\\d{1,2})"),
        PERIOD("yyyy-Qn / yyyy-Wnn / yyyy-Hn / yyyy", "\\d{4}(?:-?[QqWwHh]\\d{1,2})?"),
        DOT_DATE("dd.MM.yyyy", "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})"),
        DOT_MONTH("MM.yyyy", "(\\d{1,2})\\.(\\d{4})"),
        SLASH_DMY("dd/MM/yyyy", "(\\d{1,2})/(\\d{1,2})/(\\d{4})"),
        SLASH_MDY("MM/dd/yyyy", "(\\d{1,2})/(\\d{1,2})/(\\d{4})"),
        SLASH_YMD("yyyy/MM/dd", "(\\d{4})/(\\d{1,2})/(\\d{1,2})"),
        CN_DATE("yyyy年M月d日", "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"),
        CN_MONTH("yyyy年M月", "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?:份)?"),
        EXCEL_SERIAL("Excel serial day number", "\\d{5}(?:\\.\\d+)?");

        final String text;
        final Pattern regex;

        Format(String text, String regex) {
            this.text = text;
            this.regex = Pattern.compile(regex);
        }
    }

    private Dates() {
    }

    /** The format that reads the most samples, or empty when none reads any. */
    static Optional<Format> detect(Iterable<String> samples, Optional<Boolean> dayFirst, Locale locale) {
        int[] hits = new int[Format.values().length];
        boolean firstOver12 = false;
        boolean secondOver12 = false;
        for (String raw : samples) {
            String s = raw.strip();
            if (s.isEmpty()) {
                continue;
            }
            for (Format f : Format.values()) {
                Matcher m = f.regex.matcher(s);
                if (!m.matches()) {
                    continue;
                }
                if (f == Format.SLASH_DMY) {
                    firstOver12 |= Integer.parseInt(m.group(1)) > 12;
                    secondOver12 |= Integer.parseInt(m.group(2)) > 12;
                }
                if (parse(s, f) != null) {
                    hits[f.ordinal()]++;
                }
            }
        }
        // the two slashed orders match the same cells; the data, the user or the language picks one
        boolean dmy = firstOver12 || (!secondOver12 && dayFirst.orElse(!"en".equals(locale.getLanguage())));
        hits[(dmy ? Format.SLASH_MDY : Format.SLASH_DMY).ordinal()] = -1;
        Format best = null;
        int bestHits = 0;
        for (Format f : Format.values()) {
            if (hits[f.ordinal()] > bestHits) {
                best = f;
                bestHits = hits[f.ordinal()];
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * A cell in the column's format, or else in any format that cannot be misread (not the slashed day/month
     * orders, not Excel day numbers): a pipeline may give some close dates as months and others as days.
     */
    static PlanPeriod parseLenient(String raw, Format f) {
        PlanPeriod p = parse(raw, f);
        if (p != null) {
            return p;
        }
        for (Format other : Format.values()) {
            if (other != Format.SLASH_DMY && other != Format.SLASH_MDY && other != Format.EXCEL_SERIAL
                    && (p = parse(raw, other)) != null) {
                return p;
            }
        }
        return null;
    }

    /** The day or period a cell names in the given format, or null when it does not (or names no real date). */
    static PlanPeriod parse(String raw, Format f) {
        String s = raw.strip();
        Matcher m = f.regex.matcher(s);
        if (!m.matches()) {
            return null;
        }
        try {
            return switch (f) {
                case ISO_DATE, SLASH_YMD, CN_DATE -> day(m.group(1), m.group(2), m.group(3));
                case DOT_DATE, SLASH_DMY -> day(m.group(3), m.group(2), m.group(1));
                case SLASH_MDY -> day(m.group(3), m.group(1), m.group(2));
                case ISO_MONTH, CN_MONTH -> PlanPeriod.month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
                case DOT_MONTH -> PlanPeriod.month(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
                case PERIOD -> PlanPeriod.parse(s.toUpperCase(Locale.ROOT).replaceFirst("^(\\d{4})([QWH])", "$1-$2"));
                case EXCEL_SERIAL -> excelSerial(Double.parseDouble(s));
            };
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
    }

    private static PlanPeriod day(String y, String m, String d) {
        return new PlanPeriod(com.salesworkbench.api.time.Frequency.DAY,
                LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    }

    /**
     * Excel's day number (1900 date system): day 1 is 1900-01-01 and Excel counts a 29 February 1900 that
     * never was, so from day 61 on the days count from 1899-12-30. Only 1950..2149 are taken for dates, so a
     * plain five-digit amount is not read as one.
     */
    static PlanPeriod excelSerial(double serial) {
        if (serial < 18264 || serial >= 91311) {
            return null;
        }
        long days = (long) Math.floor(serial);
        return new PlanPeriod(com.salesworkbench.api.time.Frequency.DAY, LocalDate.of(1899, 12, 30).plusDays(days));
    }
}
