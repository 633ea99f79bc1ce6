package com.salesworkbench.charts.internal.series;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.charts.internal.figures.FiguresFormat;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;

/**
 * What the time-series charts (plan, forecast, seasonality) share: their texts, period labels and axes that
 * show figures through the client's {@link Formats}, so a chart reads like the tables beside it.
 */
public final class SeriesChartSupport {

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private SeriesChartSupport() {
    }

    public static Texts texts(Locale language) {
        return Texts.of(SeriesChartSupport.class, language);
    }

    /** The x position of a period: its first day at midnight UTC, in milliseconds. */
    public static long millis(PlanPeriod p) {
        return p.start().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** A date axis with month names in the window's language. */
    public static DateAxis dateAxis(Locale language) {
        return dateAxis(language, Frequency.MONTH);
    }

    /** A date axis labelled for the series' frequency: years alone for yearly data, else month and year. */
    public static DateAxis dateAxis(Locale language, Frequency frequency) {
        DateAxis axis = new DateAxis(null, UTC, language);
        java.text.SimpleDateFormat format = new java.text.SimpleDateFormat(
                frequency == Frequency.YEAR ? "yyyy" : "LLL yyyy", language);
        format.setTimeZone(UTC);
        axis.setDateFormatOverride(format);
        axis.setLowerMargin(0.01);
        axis.setUpperMargin(0.01);
        return axis;
    }

    /** A value axis whose tick labels come from the client's formats. */
    public static NumberAxis numberAxis(String label, Formats formats, int decimals) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(FiguresFormat.amounts(formats, decimals));
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    public static void keepZero(ValueAxis axis) {
        if (axis instanceof NumberAxis n) {
            n.setAutoRangeIncludesZero(true);
        }
    }

    /** A short label of a period in the window's language: "июн 2026", "2026 Q3", "2026". */
    public static String label(PlanPeriod p, Locale language) {
        return switch (p.frequency()) {
            case MONTH -> p.start().getMonth().getDisplayName(TextStyle.SHORT_STANDALONE, language) + " "
                    + p.start().getYear();
            case DAY, WEEK -> p.toString();
            default -> p.toString();
        };
    }

    /** The name of a position in a cycle: month names for months, "Q1".. for quarters, else its number. */
    public static String cyclePosition(Frequency frequency, int position, Locale language) {
        return switch (frequency) {
            case MONTH -> java.time.Month.of(position + 1).getDisplayName(TextStyle.SHORT_STANDALONE, language);
            case QUARTER -> "Q" + (position + 1);
            case HALF_YEAR -> "H" + (position + 1);
            default -> String.valueOf(position + 1);
        };
    }
}
