package com.salesworkbench.seasonality;

import java.util.Locale;

/**
 * Bad input for a seasonal computation: the message says what is wrong and where (period, cell, value).
 * {@link #getMessage()} is English; {@link #getLocalizedMessage(Locale)} gives the user's language.
 */
public class SeasonalityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final Message reason;

    public SeasonalityException(String key, Object... args) {
        this(new Message(key, args));
    }

    public SeasonalityException(Message reason) {
        super(reason.text(Locale.ENGLISH));
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }

    public String getLocalizedMessage(Locale locale) {
        return reason.text(locale);
    }
}
