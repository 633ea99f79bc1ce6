package com.salesworkbench.charts.internal.swot;

import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/** The chart texts of this chart family (messages*.properties beside this class). */
public final class Labels {

    private Labels() {
    }

    public static Texts of(Locale locale) {
        return Texts.of(Labels.class, locale);
    }
}
