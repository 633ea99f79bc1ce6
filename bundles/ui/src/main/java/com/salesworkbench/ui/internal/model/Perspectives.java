package com.salesworkbench.ui.internal.model;

import java.util.List;
import java.util.Map;

/** The perspectives the window always offers, in menu order, and the module (feature) each one needs. */
public final class Perspectives {

    public static final String PLAN = "plan";
    /** Where a view without a perspective property goes. */
    public static final String OTHER = "other";

    /** Known perspectives in order; a plug-in may bring further ids, shown after these. */
    public static final List<String> KNOWN = List.of(PLAN, "forecast", "seasonality", "funnel", "motivation", "strategy", "swot");

    /** The feature whose absence the "not installed" panel names. */
    private static final Map<String, String> FEATURE = Map.of(
            PLAN, "planning", "forecast", "forecasting", "seasonality", "seasonality", "funnel", "funnel",
            "motivation", "motivation", "strategy", "strategy", "swot", "swot");

    private Perspectives() {
    }

    public static String feature(String perspective) {
        return FEATURE.getOrDefault(perspective, perspective);
    }

    public static boolean known(String perspective) {
        return KNOWN.contains(perspective);
    }
}
