package com.salesworkbench.io;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read one file: what it holds, the target name in the workspace ({@code sales} for a series file,
 * {@code main} for a table), and anything the user fixed instead of the detection: the encoding, the sheet,
 * the column mapping (field to source column header), the day/month order of slashed dates.
 */
public record ImportOptions(ImportKind kind, String target, Optional<Charset> encoding, Optional<String> sheet,
                            Map<String, String> mapping, Optional<Boolean> dayFirst, Locale locale) {

    public ImportOptions {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(target);
        mapping = Map.copyOf(mapping);
    }

    public static ImportOptions of(ImportKind kind) {
        return new ImportOptions(kind, kind.isSeries() ? kind.id().equals("history") ? "sales" : "actuals" : "main",
                Optional.empty(), Optional.empty(), Map.of(), Optional.empty(), Locale.ENGLISH);
    }

    public ImportOptions withTarget(String t) {
        return new ImportOptions(kind, t, encoding, sheet, mapping, dayFirst, locale);
    }

    public ImportOptions withEncoding(Charset c) {
        return new ImportOptions(kind, target, Optional.of(c), sheet, mapping, dayFirst, locale);
    }

    public ImportOptions withSheet(String s) {
        return new ImportOptions(kind, target, encoding, Optional.of(s), mapping, dayFirst, locale);
    }

    public ImportOptions withMapping(Map<String, String> m) {
        return new ImportOptions(kind, target, encoding, sheet, m, dayFirst, locale);
    }

    public ImportOptions withDayFirst(boolean d) {
        return new ImportOptions(kind, target, encoding, sheet, mapping, Optional.of(d), locale);
    }

    public ImportOptions withLocale(Locale l) {
        return new ImportOptions(kind, target, encoding, sheet, mapping, dayFirst, l);
    }
}
