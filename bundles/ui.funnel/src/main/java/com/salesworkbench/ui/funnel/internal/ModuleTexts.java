package com.salesworkbench.ui.funnel.internal;

import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.funnel.FunnelException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The funnel module's own texts for its refusals (unknown stage, bad CSV cell...), so the view shows them in
 * the window's language; the English message when the module has no text for the key.
 */
final class ModuleTexts {

    private static final String BASE = "com.salesworkbench.funnel.internal.messages";

    private ModuleTexts() {
    }

    static String message(Locale locale, String key, String english, List<Object> args) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(BASE, locale, FunnelException.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(rb.getString(key), locale).format(args.toArray());
        } catch (MissingResourceException e) {
            return english;
        }
    }

    static String message(Locale locale, Throwable e) {
        if (e instanceof LocalizedException l) {
            return message(locale, l.key(), l.getMessage(), List.of(l.args()));
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
