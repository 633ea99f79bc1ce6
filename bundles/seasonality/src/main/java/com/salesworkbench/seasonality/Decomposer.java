package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Classical decomposition, the seed's additive method and the multiplicative ratio-to-moving-average,
 * computed exactly as R's {@code stats::decompose}:
 * <ol>
 * <li>trend T = centred moving average of window m (12 for months);</li>
 * <li>seasonal estimates Y - T (additive) or Y / T (multiplicative) where T exists;</li>
 * <li>per cycle position, the mean (or median) of the estimates of the years that have one;</li>
 * <li>correction: subtract the mean of the m averages (they then sum to 0), or divide by it (they then
 * average 1);</li>
 * <li>remainder = Y - T - S or Y / (T S).</li>
 * </ol>
 * Needs at least two full cycles. Missing values at the ends are trimmed, gaps inside are filled by linear
 * interpolation, and both are reported in the notes.
 */
public final class Decomposer {

    private Decomposer() {
    }

    public static Decomposition decompose(TimeSeries series, SeasonalForm form) {
        return decompose(series, form, DecompositionOptions.DEFAULT);
    }

    public static Decomposition decompose(TimeSeries series, SeasonalForm form, DecompositionOptions options) {
        List<Message> notes = new ArrayList<>();
        TimeSeries s = prepare(series, options, notes);
        int m = Cycles.length(s.frequency());
        if (form == SeasonalForm.MULTIPLICATIVE) {
            requirePositive(s);
        }
        double[] y = s.values();
        int n = y.length;
        int[] pos = Cycles.positions(s.start(), n);
        double[] trend = MovingAverages.centred(y, m);
        double[] estimate = new double[n];
        for (int i = 0; i < n; i++) {
            estimate[i] = form == SeasonalForm.ADDITIVE ? y[i] - trend[i] : y[i] / trend[i];
        }
        int excluded = 0;
        for (PlanPeriod e : options.events()) {
            int i = indexOf(s, e);
            if (i >= 0) {
                if (!Double.isNaN(estimate[i])) {
                    excluded++;
                }
                estimate[i] = Double.NaN;
            }
        }
        if (!options.events().isEmpty()) {
            notes.add(new Message("note.events", options.events().size(), excluded));
        }
        double[] figure = figure(estimate, pos, m, form, options.average(), s);
        double[] seasonal = new double[n];
        double[] remainder = new double[n];
        for (int i = 0; i < n; i++) {
            seasonal[i] = figure[pos[i]];
            remainder[i] = form == SeasonalForm.ADDITIVE ? y[i] - trend[i] - seasonal[i] : y[i] / (trend[i] * seasonal[i]);
        }
        return new Decomposition(s, form, options.average(), m, trend, seasonal, remainder, figure, notes);
    }

    /**
     * Decomposes both ways and chooses the form whose trend x seasonal fits the history better (smaller
     * root mean square of Y - fitted); a series with a zero or negative value can only be additive.
     */
    public static FormChoice choose(TimeSeries series, DecompositionOptions options) {
        Decomposition add = decompose(series, SeasonalForm.ADDITIVE, options);
        TimeSeries s = add.observed();
        for (int i = 0; i < s.length(); i++) {
            if (!(s.valueAt(i) > 0)) {
                return new FormChoice(SeasonalForm.ADDITIVE, add, null, add.rmse(), Double.NaN,
                        new Message("choice.nonPositive", s.periodAt(i), s.valueAt(i)));
            }
        }
        Decomposition mult = decompose(series, SeasonalForm.MULTIPLICATIVE, options);
        double ra = add.rmse();
        double rm = mult.rmse();
        boolean multiplicative = rm < ra;
        String a = String.format(Locale.ROOT, "%.4g", ra);
        String b = String.format(Locale.ROOT, "%.4g", rm);
        return new FormChoice(multiplicative ? SeasonalForm.MULTIPLICATIVE : SeasonalForm.ADDITIVE, add, mult, ra, rm,
                new Message(multiplicative ? "choice.multiplicative" : "choice.additive", a, b));
    }

    /**
     * The seasonal indices alone, for bulk work: {@code y} has no missing values, {@code firstPosition} is
     * the cycle position of y[0]. Same arithmetic as {@link #decompose}.
     */
    public static double[] indices(double[] y, int m, int firstPosition, SeasonalForm form, IndexAverage average) {
        int n = y.length;
        if (n < 2 * m) {
            throw new SeasonalityException("history.short", n, m, 2 * m);
        }
        double[] trend = MovingAverages.centred(y, m);
        double[] estimate = new double[n];
        int[] pos = new int[n];
        for (int i = 0; i < n; i++) {
            if (form == SeasonalForm.MULTIPLICATIVE && !(y[i] > 0)) {
                throw new SeasonalityException("multiplicative.nonPositive", "#" + (i + 1), y[i]);
            }
            estimate[i] = form == SeasonalForm.ADDITIVE ? y[i] - trend[i] : y[i] / trend[i];
            pos[i] = (firstPosition + i) % m;
        }
        return figure(estimate, pos, m, form, average, null);
    }

    static double[] figure(double[] estimate, int[] pos, int m, SeasonalForm form, IndexAverage average, TimeSeries s) {
        double[] figure = new double[m];
        if (average == IndexAverage.MEAN) {
            double[] sum = new double[m];
            int[] count = new int[m];
            for (int i = 0; i < estimate.length; i++) {
                if (!Double.isNaN(estimate[i])) {
                    sum[pos[i]] += estimate[i];
                    count[pos[i]]++;
                }
            }
            for (int p = 0; p < m; p++) {
                if (count[p] == 0) {
                    throw noEstimate(s, p);
                }
                figure[p] = sum[p] / count[p];
            }
        } else {
            double[][] byPos = new double[m][estimate.length / m + 2];
            int[] count = new int[m];
            for (int i = 0; i < estimate.length; i++) {
                if (!Double.isNaN(estimate[i])) {
                    byPos[pos[i]][count[pos[i]]++] = estimate[i];
                }
            }
            for (int p = 0; p < m; p++) {
                if (count[p] == 0) {
                    throw noEstimate(s, p);
                }
                figure[p] = median(byPos[p], count[p]);
            }
        }
        double mean = 0;
        for (double f : figure) {
            mean += f;
        }
        mean /= m;
        for (int p = 0; p < m; p++) {
            figure[p] = form == SeasonalForm.ADDITIVE ? figure[p] - mean : figure[p] / mean;
        }
        return figure;
    }

    private static SeasonalityException noEstimate(TimeSeries s, int p) {
        String label = s == null ? Integer.toString(p + 1) : Cycles.label(s.frequency(), p);
        return new SeasonalityException("figure.noEstimate", label);
    }

    private static double median(double[] v, int n) {
        double[] a = Arrays.copyOf(v, n);
        Arrays.sort(a);
        return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
    }

    private static int indexOf(TimeSeries s, PlanPeriod p) {
        if (p.frequency() != s.frequency()) {
            throw new SeasonalityException("event.frequency", p, s.frequency().name().toLowerCase(Locale.ROOT));
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.periodAt(i).equals(p)) {
                return i;
            }
        }
        return -1;
    }

    static void requirePositive(TimeSeries s) {
        for (int i = 0; i < s.length(); i++) {
            if (!(s.valueAt(i) > 0)) {
                throw new SeasonalityException("multiplicative.nonPositive", s.periodAt(i), s.valueAt(i));
            }
        }
    }

    /**
     * The series as it is analysed: a supported frequency, missing ends trimmed, gaps interpolated, divided
     * by working days when given, at least two full cycles long.
     */
    static TimeSeries prepare(TimeSeries series, DecompositionOptions options, List<Message> notes) {
        int m = Cycles.length(series.frequency());
        double[] y = series.values();
        for (int i = 0; i < y.length; i++) {
            if (Double.isInfinite(y[i])) {
                throw new SeasonalityException("value.infinite", series.periodAt(i));
            }
        }
        double[] wd = options.workingDays();
        if (wd != null) {
            if (wd.length != y.length) {
                throw new SeasonalityException("workingDays.length", wd.length, y.length);
            }
            for (int i = 0; i < y.length; i++) {
                if (!(wd[i] > 0)) {
                    throw new SeasonalityException("workingDays.value", series.periodAt(i), wd[i]);
                }
                y[i] /= wd[i];
            }
            notes.add(new Message("note.workingDays"));
        }
        TimeSeries adjusted = new TimeSeries(series.id(), series.start(), y);
        int first = adjusted.firstObserved();
        if (first < 0) {
            throw new SeasonalityException("history.empty", series.id());
        }
        int last = adjusted.lastObserved();
        if (first > 0 || last < y.length - 1) {
            notes.add(new Message("note.trimmed", series.periodAt(first), series.periodAt(last)));
        }
        TimeSeries trimmed = adjusted.trimmed();
        List<String> filled = new ArrayList<>();
        for (int k = 0; k < trimmed.length(); k++) {
            if (Double.isNaN(trimmed.valueAt(k))) {
                filled.add(trimmed.periodAt(k).toString());
            }
        }
        if (!filled.isEmpty()) {
            notes.add(new Message("note.filled", filled.size(), String.join(", ", filled)));
        }
        if (trimmed.length() < 2 * m) {
            throw new SeasonalityException("history.short", trimmed.length(), m, 2 * m);
        }
        return trimmed.interpolated();
    }
}
