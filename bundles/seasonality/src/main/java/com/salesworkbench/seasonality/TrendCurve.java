package com.salesworkbench.seasonality;

/**
 * Candidate trend curves over the period number t = 1, 2, ... of the history.
 * Power and exponential curves are fitted by least squares on logarithms and need positive values.
 */
public enum TrendCurve {
    /** a + b t */
    LINEAR(2),
    /** a + b t + c t^2 */
    QUADRATIC(3),
    /** a + b t + c t^2 + d t^3 (the seed's choice) */
    CUBIC(4),
    /** a + b ln t */
    LOGARITHMIC(2),
    /** a t^b */
    POWER(2),
    /** a e^(b t) */
    EXPONENTIAL(2);

    private final int parameters;

    TrendCurve(int parameters) {
        this.parameters = parameters;
    }

    /** Number of fitted coefficients, the intercept included. */
    public int parameters() {
        return parameters;
    }

    /**
     * Fewest observations the curve needs: two per coefficient plus two degrees of freedom for the
     * residual variance. A degree the data cannot carry is refused rather than fitted.
     */
    public int minimumObservations() {
        return 2 * parameters + 2;
    }

    public static TrendCurve parse(String text) {
        for (TrendCurve c : values()) {
            if (c.name().equalsIgnoreCase(text.trim())) {
                return c;
            }
        }
        throw new SeasonalityException("trend.unknown", text);
    }
}
