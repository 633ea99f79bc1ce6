package com.salesworkbench.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named set of bundles, e.g. {@code forecasting}, with the features it needs.
 *
 * @param titles  the feature's name for people, by language tag ({@code en}, {@code ru}, {@code zh})
 * @param bundles bundle symbolic names
 */
public record Feature(String name, Map<String, String> titles, List<String> requires, List<String> bundles) {

    public Feature {
        titles = Map.copyOf(titles);
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
    }

    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), titles.getOrDefault("en", name));
    }
}
