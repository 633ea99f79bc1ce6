package com.salesworkbench.strategy;

import java.util.Locale;

/** The implementation readiness checklist: the six areas to check before the roll-out. */
public enum ReadinessArea {
    STRUCTURE_DELEGATION, STAFF_SKILLS, MOTIVATION, INFORMATION_SYSTEMS, COOPERATION, MANAGEMENT_CONTROL;

    public static ReadinessArea parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new StrategyException("error.readinessArea", "Unknown readiness area '" + text
                    + "'; known: structure-delegation, staff-skills, motivation, information-systems, cooperation, management-control", text);
        }
    }
}
