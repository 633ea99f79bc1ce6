package com.salesworkbench.provisioning;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A named set of bundles, e.g. {@code forecasting}, with the features it needs.
 *
 * @param titles  the feature's name for people, by language tag ({@code en}, {@code ru}, {@code zh})
 * @param bundles bundle symbolic names
 * @param auto    selected by itself whenever every feature it requires is selected (e.g. a module's desktop
 *                views, wanted exactly where both the module and the desktop are)
 */
public record Feature(String name, Map<String, String> titles, List<String> requires, List<String> bundles,
        boolean auto) {

    public Feature {
        titles = Map.copyOf(titles);
        requires = List.copyOf(requires);
        bundles = List.copyOf(bundles);
    }

    /** A feature that is selected only when named (or required). */
    public Feature(String name, Map<String, String> titles, List<String> requires, List<String> bundles) {
        this(name, titles, requires, bundles, false);
    }

    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), titles.getOrDefault("en", name));
    }
}
