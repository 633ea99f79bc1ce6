package com.salesworkbench.ui.strategy.internal;

import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.strategy.StrategyException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The strategy module's texts: its refusals (exported with StrategyException) and the titles of the fixed
 * chapters (kept with its commands), so the editor shows both in the window's language.
 */
final class ModuleTexts {

    private static final String COMMANDS = "com.salesworkbench.strategy.internal.messages";

    private ModuleTexts() {
    }

    static String message(Locale locale, Throwable e) {
        if (e instanceof LocalizedException l) {
            String s = Texts.of(StrategyException.class, locale).get(l.key(), l.args());
            return s.startsWith("!") ? e.getMessage() : s;
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** A text of the module's commands (e.g. {@code chapter.pricing-policy}), or {@code fallback}. */
    static String text(Locale locale, String key, String fallback) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(COMMANDS, locale, StrategyException.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(rb.getString(key), locale).format(new Object[0]);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
