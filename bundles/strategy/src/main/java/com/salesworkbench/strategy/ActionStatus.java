package com.salesworkbench.strategy;

import java.util.Locale;

/** Where a step of the action plan stands. */
public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, OVERDUE, CANCELLED;

    public static ActionStatus parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new StrategyException("error.actionStatus",
                    "Unknown status '" + text + "'; known: planned, in-progress, done, overdue, cancelled", text);
        }
    }
}
