package com.salesworkbench.planning;

import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/**
 * Bad input for a plan computation: the message names the cell, row or field and what was expected.
 * {@link #getMessage()} is English; {@link #getLocalizedMessage(Locale)} gives the user's language.
 */
public class PlanningException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] args;

    public PlanningException(String key, Object... args) {
        super(text(key, args, Locale.ENGLISH));
        this.key = key;
        this.args = args.clone();
    }

    public String key() {
        return key;
    }

    public String getLocalizedMessage(Locale locale) {
        return text(key, args, locale);
    }

    static String text(String key, Object[] args, Locale locale) {
        return Texts.of(PlanningException.class, locale).get(key, args);
    }
}
