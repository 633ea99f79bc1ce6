package com.salesworkbench.ui.internal;

import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/** The window's own texts (messages*.properties next to this class). */
public final class UiTexts {

    private UiTexts() {
    }

    public static Texts of(Locale locale) {
        return Texts.of(UiTexts.class, locale);
    }

    /** A perspective's title; a plug-in's own perspective id is shown as it is. */
    public static String perspective(Texts t, String id) {
        String s = t.get("perspective." + id);
        return s.startsWith("!") ? id : s;
    }
}
