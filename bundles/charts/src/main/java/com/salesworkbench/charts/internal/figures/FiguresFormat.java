package com.salesworkbench.charts.internal.figures;

import com.salesworkbench.api.i18n.Formats;
import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Axis ticks and item labels through the client's {@link Formats}, so a chart prints figures exactly as the
 * tables beside it do (one place for number formats). Formatting only: charts never parse.
 */
public final class FiguresFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final transient Formats formats;
    private final boolean percent;
    private final int decimals;

    private FiguresFormat(Formats formats, boolean percent, int decimals) {
        this.formats = formats;
        this.percent = percent;
        this.decimals = decimals;
    }

    /** Amounts with at most {@code decimals} fraction digits. */
    public static FiguresFormat amounts(Formats formats, int decimals) {
        return new FiguresFormat(formats, false, decimals);
    }

    /** Shares (1 = 100%) as percentages. */
    public static FiguresFormat percents(Formats formats) {
        return new FiguresFormat(formats, true, 1);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return toAppendTo.append(Formats.NONE);
        }
        BigDecimal v = BigDecimal.valueOf(number);
        return toAppendTo.append(percent ? formats.percent(v) : formats.amount(v, decimals));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(percent ? formats.percent(BigDecimal.valueOf(number)) : formats.count(number));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("chart formats only print figures");
    }
}
