package com.salesworkbench.report;

import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/** A report that cannot be built; the key names a text of this package's messages. */
public class ReportException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    public ReportException(String key, Object... args) {
        super(key, Texts.of(ReportException.class, Locale.ENGLISH).get(key, args), args);
    }

    /** The message in the given language. */
    public String message(Locale locale) {
        return Texts.of(ReportException.class, locale).get(key(), args());
    }
}
