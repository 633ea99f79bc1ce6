package com.salesworkbench.strategy;

import java.util.Locale;

/** The risks the readiness check names, plus any other. */
public enum RiskKind {
    BUDGET_OVERRUN, SCHEDULE_OVERRUN, STAFF_SHORTAGE, OTHER;

    public static RiskKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new StrategyException("error.riskKind",
                    "Unknown risk kind '" + text + "'; known: budget-overrun, schedule-overrun, staff-shortage, other", text);
        }
    }
}
