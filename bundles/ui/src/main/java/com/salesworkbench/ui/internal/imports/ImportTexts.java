package com.salesworkbench.ui.internal.imports;

import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/** The import dialog's texts (messages*.properties next to this class). */
public final class ImportTexts {

    private ImportTexts() {
    }

    public static Texts of(Locale locale) {
        return Texts.of(ImportTexts.class, locale);
    }
}
