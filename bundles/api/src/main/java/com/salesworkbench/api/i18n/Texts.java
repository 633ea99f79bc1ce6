package com.salesworkbench.api.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of one bundle in one language. Each bundle keeps its texts in
 * {@code messages.properties} (English), {@code messages_ru.properties} and {@code messages_zh.properties}
 * (UTF-8) next to the class it passes in, and formats them with {@link MessageFormat} in the same locale.
 */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads {@code <package of anchor>/messages} for {@code locale} through the anchor's class loader,
     * which in OSGi is the owning bundle's.
     */
    public static Texts of(Class<?> anchor, Locale locale) {
        String base = anchor.getPackageName() + ".messages";
        ResourceBundle rb = ResourceBundle.getBundle(base, locale, anchor.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Texts(rb, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key} with its placeholders filled in; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        // Always through MessageFormat, so quoting rules ('' for an apostrophe) are the same for every text.
        return new MessageFormat(pattern, locale).format(args);
    }
}
