package com.salesworkbench.swot;

import com.salesworkbench.strategy.StrategyException;
import java.util.Locale;

/** The four quadrants; strengths and weaknesses are internal factors, opportunities and threats external. */
public enum Quadrant {
    STRENGTH("S"), WEAKNESS("W"), OPPORTUNITY("O"), THREAT("T");

    private final String code;

    Quadrant(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean internal() {
        return this == STRENGTH || this == WEAKNESS;
    }

    /** {@code S}, {@code strength}, {@code strengths}... */
    public static Quadrant parse(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        for (Quadrant q : values()) {
            if (q.code.equals(s) || q.name().equals(s) || (q.name() + "S").equals(s)) {
                return q;
            }
        }
        throw new StrategyException("error.quadrant", "Unknown quadrant '" + text + "'; known: S, W, O, T", text);
    }
}
