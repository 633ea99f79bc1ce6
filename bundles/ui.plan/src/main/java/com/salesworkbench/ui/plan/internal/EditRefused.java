package com.salesworkbench.ui.plan.internal;

import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/** An edit of the plan grid that the view refuses (a locked cell, the wrong measure), named by its cell. */
final class EditRefused extends LocalizedException {

    private static final long serialVersionUID = 1L;

    EditRefused(String key, Object... args) {
        super(key, Texts.of(EditRefused.class, Locale.ENGLISH).get(key, args), args);
    }

    String text(Locale locale) {
        return Texts.of(EditRefused.class, locale).get(key(), args());
    }
}
