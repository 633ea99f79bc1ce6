package com.salesworkbench.ui.motivation.internal;

import com.salesworkbench.motivation.PayException;
import com.salesworkbench.motivation.Problem;
import com.salesworkbench.motivation.SchemeLinter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The motivation module's own texts for its refusals, problems and linter findings, so the editor shows them in
 * the window's language; the English message when the module has no text for the key.
 */
final class ModuleTexts {

    private static final String BASE = "com.salesworkbench.motivation.internal.messages";

    private ModuleTexts() {
    }

    static String message(Locale locale, String key, String english, List<Object> args) {
        try {
            ResourceBundle rb = ResourceBundle.getBundle(BASE, locale, PayException.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(rb.getString(key), locale).format(args.stream().map(ModuleTexts::plain).toArray());
        } catch (MissingResourceException | IllegalArgumentException e) {
            return english;
        }
    }

    /** Decimals as written (MessageFormat would group and round them in the locale). */
    private static Object plain(Object o) {
        return o instanceof java.math.BigDecimal b ? b.stripTrailingZeros().toPlainString() : o;
    }

    static String message(Locale locale, Throwable e) {
        if (e instanceof PayException p) {
            return message(locale, p.key(), p.getMessage(), List.of(p.args()));
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    static String message(Locale locale, Problem p) {
        return message(locale, p.key(), p.message(), p.args());
    }

    static String message(Locale locale, SchemeLinter.Finding f) {
        return message(locale, "lint." + f.kind(), f.message(), f.args());
    }
}
