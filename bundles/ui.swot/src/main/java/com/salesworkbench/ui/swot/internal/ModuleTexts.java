package com.salesworkbench.ui.swot.internal;

import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.swot.SwotBoard;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the strategy domain's refusals (exported with StrategyException) and of the SWOT module's own,
 * so the board shows them in the window's language; the English message when neither has the key.
 */
final class ModuleTexts {

    private static final String SWOT = "com.salesworkbench.swot.internal.messages";

    private ModuleTexts() {
    }

    static String message(Locale locale, Throwable e) {
        if (!(e instanceof LocalizedException l)) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        String shared = Texts.of(StrategyException.class, locale).get(l.key(), l.args());
        if (!shared.startsWith("!")) {
            return shared;
        }
        try {
            ResourceBundle rb = ResourceBundle.getBundle(SWOT, locale, SwotBoard.class.getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return new MessageFormat(rb.getString(l.key()), locale).format(l.args());
        } catch (MissingResourceException x) {
            return e.getMessage();
        }
    }
}
