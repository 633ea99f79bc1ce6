package com.salesworkbench.io;

import com.salesworkbench.api.i18n.LocalizedException;
import com.salesworkbench.api.i18n.Texts;
import java.util.Locale;

/**
 * An import refused its input. The key and arguments name one of the io bundle's texts; the arguments start
 * with the place (file, sheet, row, column or cell) so every message says where. Nothing was written.
 */
public class ImportException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    /** A word inside a message that is itself one of the bundle's texts (e.g. what a file's content is). */
    public record Term(String key, String english) {
        @Override
        public String toString() {
            return english;
        }
    }

    public ImportException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }

    /** The message in the given language (the English one when the key is unknown). */
    public String localized(Locale locale) {
        Texts texts = Texts.of(ImportException.class, locale);
        Object[] args = args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Where w) {
                args[i] = w.format(texts); // the place in the same language as the message
            } else if (args[i] instanceof Term t) {
                String text = texts.get(t.key());
                args[i] = text.startsWith("!") ? t.english() : text;
            }
        }
        String text = texts.get(key(), args);
        return text.startsWith("!") ? getMessage() : text;
    }
}
