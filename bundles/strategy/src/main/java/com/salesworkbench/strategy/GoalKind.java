package com.salesworkbench.strategy;

import java.util.Locale;

/** Strategic (5-50 years), financial (the sales plan: month to year) and employee goals (a day to a year). */
public enum GoalKind {
    STRATEGIC, FINANCIAL, EMPLOYEE;

    public static GoalKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StrategyException("error.goalKind", "Unknown goal kind '" + text + "'; known: strategic, financial, employee", text);
        }
    }
}
