package com.salesworkbench.api.time;

/**
 * The granularity of a plan period or a time series, with the seasonal cycle length that forecasting and
 * seasonal modelling use.
 */
public enum Frequency {
    DAY(7),
    WEEK(52),
    MONTH(12),
    QUARTER(4),
    HALF_YEAR(2),
    YEAR(1);

    private final int periodsPerCycle;

    Frequency(int periodsPerCycle) {
        this.periodsPerCycle = periodsPerCycle;
    }

    /** The seasonal period m: 12 for months, 4 for quarters, 1 for years. */
    public int periodsPerCycle() {
        return periodsPerCycle;
    }
}
