package com.salesworkbench.motivation;

import java.util.List;

/** A refusal with a message key for localisation and the English text as its message. */
public class PayException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    public PayException(String key, String english, Object... args) {
        super(english);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
