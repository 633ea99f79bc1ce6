package com.salesworkbench.seasonality;

/** How the seasonal estimates of one position in the cycle (e.g. every March) are averaged. */
public enum IndexAverage {
    /** The arithmetic mean, as the seed and R's decompose do. */
    MEAN,
    /** The median: robust to a one-off promotion in one year. */
    MEDIAN;

    public static IndexAverage parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "mean" -> MEAN;
            case "median" -> MEDIAN;
            default -> throw new SeasonalityException("average.unknown", text);
        };
    }
}
