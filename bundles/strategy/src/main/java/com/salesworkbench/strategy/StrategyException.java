package com.salesworkbench.strategy;

import java.util.Arrays;

/**
 * A strategy or SWOT operation refused its input. {@link #key()} and {@link #args()} name a message of the
 * calling bundle's texts so the shell shows it in the user's language; {@link #getMessage()} is English.
 */
public class StrategyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public StrategyException(String key, String englishMessage, Object... args) {
        super(englishMessage);
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.clone();
    }

    @Override
    public String toString() {
        return "StrategyException[" + key + Arrays.toString(args) + "]: " + getMessage();
    }
}
