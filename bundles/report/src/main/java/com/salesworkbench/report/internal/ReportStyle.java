package com.salesworkbench.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkbench.workspace.Json;
import java.awt.Color;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the deliverable looks: the firm, the cover texts, the colours and the logo. A consulting firm ships it as
 * a JSON file in a bundle of its own (see {@link StyleTracker}); texts may be one string or one per language:
 * <pre>
 * { "firm": "North Star Consulting", "ranking": 10,
 *   "coverTitle": {"en": "Sales plan 2026", "ru": "План продаж 2026", "zh": "2026 年销售计划"},
 *   "coverSubtitle": "...", "footer": "...", "logo": "style/logo.png",
 *   "primaryColor": "#1F4E79", "accentColor": "#C55A11", "tableHeaderColor": "#DDEBF7" }
 * </pre>
 */
public record ReportStyle(String source, int ranking, Map<String, String> firm, Map<String, String> coverTitle,
        Map<String, String> coverSubtitle, Map<String, String> footer, Color primary, Color accent, Color tableHeader,
        byte[] logo) {

    /** The look without any firm's style. */
    public static final ReportStyle DEFAULT = new ReportStyle("default", Integer.MIN_VALUE, Map.of(), Map.of(), Map.of(), Map.of(),
            new Color(0x1F, 0x3A, 0x5F), new Color(0x2E, 0x86, 0xAB), new Color(0xE3, 0xEC, 0xF5), null);

    public Optional<String> firm(Locale l) {
        return pick(firm, l);
    }

    public Optional<String> coverTitle(Locale l) {
        return pick(coverTitle, l);
    }

    public Optional<String> coverSubtitle(Locale l) {
        return pick(coverSubtitle, l);
    }

    public Optional<String> footer(Locale l) {
        return pick(footer, l);
    }

    /** The text for the language, else the English one, else the only/first one. */
    private static Optional<String> pick(Map<String, String> texts, Locale l) {
        String s = texts.get(l.getLanguage());
        if (s == null) {
            s = texts.getOrDefault("en", texts.getOrDefault("", texts.values().stream().findFirst().orElse(null)));
        }
        return Optional.ofNullable(s).filter(x -> !x.isBlank());
    }

    /**
     * Reads a style file; {@code logo} gives the logo's bytes for the path the file names.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static ReportStyle parse(String source, byte[] json, java.util.function.Function<String, byte[]> logo) {
        JsonNode n;
        try {
            n = Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not JSON: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object");
        }
        byte[] image = null;
        if (n.hasNonNull("logo")) {
            image = logo.apply(n.get("logo").asText());
            if (image == null) {
                throw new IllegalArgumentException(source + ": field logo: no file " + n.get("logo").asText() + " in the bundle");
            }
        }
        return new ReportStyle(source, n.path("ranking").asInt(0), texts(source, n, "firm"), texts(source, n, "coverTitle"),
                texts(source, n, "coverSubtitle"), texts(source, n, "footer"),
                color(source, n, "primaryColor", DEFAULT.primary), color(source, n, "accentColor", DEFAULT.accent),
                color(source, n, "tableHeaderColor", DEFAULT.tableHeader), image);
    }

    private static Map<String, String> texts(String source, JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return Map.of();
        }
        if (v.isTextual()) {
            return Map.of("", v.asText());
        }
        if (v.isObject()) {
            Map<String, String> out = new java.util.LinkedHashMap<>();
            v.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
            return Map.copyOf(out);
        }
        throw new IllegalArgumentException(source + ": field " + field + ": expected a text or {\"en\": ..., \"ru\": ...}");
    }

    private static Color color(String source, JsonNode n, String field, Color fallback) {
        if (!n.hasNonNull(field)) {
            return fallback;
        }
        String s = n.get(field).asText();
        if (!s.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException(source + ": field " + field + ": expected a colour like #1F4E79, not " + s);
        }
        return new Color(Integer.parseInt(s.substring(1), 16));
    }
}
