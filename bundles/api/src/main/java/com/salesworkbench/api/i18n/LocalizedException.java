package com.salesworkbench.api.i18n;

import java.util.Arrays;

/**
 * A refused input or operation whose message is one of a bundle's texts: {@link #key()} and
 * {@link #args()} name it, so the caller shows it in the user's language with that bundle's {@link Texts};
 * {@link #getMessage()} is the English text for logs. Modules subclass it with a type of their own.
 */
public class LocalizedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public LocalizedException(String key, String englishMessage, Object... args) {
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
        return getClass().getSimpleName() + "[" + key + Arrays.toString(args) + "]: " + getMessage();
    }
}
