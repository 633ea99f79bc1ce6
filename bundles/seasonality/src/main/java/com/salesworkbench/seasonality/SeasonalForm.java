package com.salesworkbench.seasonality;

/** How the seasonal component combines with the trend. */
public enum SeasonalForm {
    /** Y = T + S + E: the seasonal swing is a fixed amount. */
    ADDITIVE,
    /** Y = T x S x E: the seasonal swing grows with the level (ratio-to-moving-average indices). */
    MULTIPLICATIVE;

    /** Parses {@code additive}, {@code multiplicative} (or {@code add}, {@code mult}, {@code a}, {@code m}). */
    public static SeasonalForm parse(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "additive", "add", "a" -> ADDITIVE;
            case "multiplicative", "mult", "mul", "m" -> MULTIPLICATIVE;
            default -> throw new SeasonalityException("form.unknown", text);
        };
    }
}
