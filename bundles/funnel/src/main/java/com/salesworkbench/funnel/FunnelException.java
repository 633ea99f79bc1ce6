package com.salesworkbench.funnel;

import java.util.Arrays;

/**
 * A funnel computation refused its input. {@link #key()} and {@link #args()} name a message of the funnel
 * bundle's texts so the shell can show it in the user's language; {@link #getMessage()} is English.
 */
public class FunnelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public FunnelException(String key, String englishMessage, Object... args) {
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
        return "FunnelException[" + key + Arrays.toString(args) + "]: " + getMessage();
    }
}
