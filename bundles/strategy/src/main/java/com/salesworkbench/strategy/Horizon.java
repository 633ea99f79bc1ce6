package com.salesworkbench.strategy;

import java.util.List;
import java.util.Locale;

/** The three horizons of a strategy and their fixed chapters (ids; titles are localised by the shell). */
public enum Horizon {
    /** Three years and more. */
    LONG_TERM("long", List.of("market-opportunities", "long-term-goals", "product-directions", "regions-markets",
            "sales-model")),
    /** One to three years. */
    MEDIUM_TERM("medium", List.of("commercial-policy", "distribution-policy", "partner-policy", "assortment-policy",
            "pricing-policy", "hr-policy", "implementation-plan")),
    /** The calendar year. */
    OPERATIONAL("operational", List.of("project-calendar", "annual-sales-plan"));

    private final String code;
    private final List<String> chapters;

    Horizon(String code, List<String> chapters) {
        this.code = code;
        this.chapters = chapters;
    }

    public String code() {
        return code;
    }

    /** The fixed chapter ids of this horizon, in order. */
    public List<String> fixedChapters() {
        return chapters;
    }

    public static Horizon parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (Horizon h : values()) {
            if (h.code.equals(s) || h.name().toLowerCase(Locale.ROOT).equals(s.replace('-', '_'))) {
                return h;
            }
        }
        throw new StrategyException("error.horizon", "Unknown horizon '" + text + "'; known: long, medium, operational", text);
    }
}
