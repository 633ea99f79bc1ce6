package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.List;

/**
 * The result of a classical decomposition of one series. Arrays run over the analysed periods (the series
 * after trimming missing ends, filling gaps and working-day adjustment, see {@link #notes()});
 * {@code trend} and {@code remainder} are NaN at the ends where the centred moving average has no value.
 * {@code figure} holds the seasonal index of each cycle position (January = 0 ...): additive figures sum
 * to 0, multiplicative figures average 1.
 */
public final class Decomposition {

    private final TimeSeries observed;
    private final SeasonalForm form;
    private final IndexAverage average;
    private final int cycle;
    private final double[] trend;
    private final double[] seasonal;
    private final double[] remainder;
    private final double[] figure;
    private final List<Message> notes;

    Decomposition(TimeSeries observed, SeasonalForm form, IndexAverage average, int cycle, double[] trend,
            double[] seasonal, double[] remainder, double[] figure, List<Message> notes) {
        this.observed = observed;
        this.form = form;
        this.average = average;
        this.cycle = cycle;
        this.trend = trend;
        this.seasonal = seasonal;
        this.remainder = remainder;
        this.figure = figure;
        this.notes = List.copyOf(notes);
    }

    /** The analysed series (after trimming, filling and working-day adjustment). */
    public TimeSeries observed() {
        return observed;
    }

    public SeasonalForm form() {
        return form;
    }

    public IndexAverage average() {
        return average;
    }

    /** The cycle length m. */
    public int cycle() {
        return cycle;
    }

    public double[] trend() {
        return trend.clone();
    }

    public double[] seasonal() {
        return seasonal.clone();
    }

    public double[] remainder() {
        return remainder.clone();
    }

    /** Seasonal index by cycle position (0 = January / Q1 / week 1). */
    public double[] figure() {
        return figure.clone();
    }

    /** The seasonal index of a period. */
    public double indexOf(PlanPeriod period) {
        return figure[Cycles.position(period)];
    }

    /** What was done to the input before decomposing it (trimmed ends, filled gaps, working days, events). */
    public List<Message> notes() {
        return notes;
    }

    public int length() {
        return trend.length;
    }

    /** Trend and seasonal combined at an index (NaN where the trend is). */
    public double fitted(int i) {
        return form == SeasonalForm.ADDITIVE ? trend[i] + seasonal[i] : trend[i] * seasonal[i];
    }

    /** The seasonally adjusted value at an index: y - S or y / S. */
    public double adjusted(int i) {
        double y = observed.valueAt(i);
        return form == SeasonalForm.ADDITIVE ? y - seasonal[i] : y / seasonal[i];
    }

    /** Root mean square of y - fitted over the periods that have a trend value. */
    public double rmse() {
        double ss = 0;
        int k = 0;
        for (int i = 0; i < trend.length; i++) {
            if (!Double.isNaN(trend[i])) {
                double e = observed.valueAt(i) - fitted(i);
                ss += e * e;
                k++;
            }
        }
        return Math.sqrt(ss / k);
    }

    /** The indices as a profile that plans and forecasts can use. */
    public SeasonalProfile profile(String name) {
        return new SeasonalProfile(name, observed.frequency(), form, figure, SeasonalProfile.Source.ESTIMATED);
    }
}
