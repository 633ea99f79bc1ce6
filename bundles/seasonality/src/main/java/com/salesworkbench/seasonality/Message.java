package com.salesworkbench.seasonality;

import com.salesworkbench.api.i18n.Texts;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing statement of this module (a note or a reason), kept as a key of
 * {@code messages.properties} with its arguments so that it can be shown in any language.
 */
public record Message(String key, Object... args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = args.clone();
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    /** The text in the given language. */
    public String text(Locale locale) {
        return Texts.of(Message.class, locale).get(key, args);
    }

    @Override
    public String toString() {
        return text(Locale.ENGLISH);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }
}
