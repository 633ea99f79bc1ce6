package com.salesworkbench.strategy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkbench.api.document.DocumentTemplate;
import com.salesworkbench.workspace.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A template that is data: one JSON object per language ({@code id, kind, title, intro, items}); the content is
 * that object as JSON. The built-in checklists and outline of the strategy module are of this form.
 */
final class DataTemplate implements DocumentTemplate {

    static final List<String> LANGUAGES = List.of("en", "ru", "zh");

    private final String id;
    private final String kind;
    private final Map<String, JsonNode> byLanguage;

    DataTemplate(String id, String kind, Map<String, JsonNode> byLanguage) {
        this.id = id;
        this.kind = kind;
        this.byLanguage = Map.copyOf(byLanguage);
    }

    /** Reads {@code templates/templates_<lang>.json} beside this class: every template in every language. */
    static List<DataTemplate> builtin() {
        Map<String, Map<String, JsonNode>> all = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (String lang : LANGUAGES) {
            try (InputStream in = DataTemplate.class.getResourceAsStream("templates/templates_" + lang + ".json")) {
                for (JsonNode t : Json.mapper().readTree(in)) {
                    String id = t.path("id").asText();
                    all.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(lang, t);
                    kinds.put(id, t.path("kind").asText());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.entrySet().stream().map(e -> new DataTemplate(e.getKey(), kinds.get(e.getKey()), e.getValue())).toList();
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public Set<Locale> locales() {
        Set<Locale> out = new TreeSet<>((a, b) -> a.toLanguageTag().compareTo(b.toLanguageTag()));
        byLanguage.keySet().forEach(l -> out.add(Locale.forLanguageTag(l)));
        return out;
    }

    private JsonNode node(Locale locale) {
        JsonNode n = byLanguage.get(locale.getLanguage());
        return n != null ? n : byLanguage.get("en");
    }

    @Override
    public String title(Locale locale) {
        return node(locale).path("title").asText();
    }

    @Override
    public String content(Locale locale) {
        try {
            return Json.mapper().writeValueAsString(node(locale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
