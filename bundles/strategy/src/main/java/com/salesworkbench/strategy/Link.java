package com.salesworkbench.strategy;

import java.util.regex.Pattern;

/**
 * A live link to another module's object: {@code kind} names the module's resolver ({@code plan}, {@code scheme},
 * {@code swot}, {@code strategy}, {@code document}...), {@code ref} the object within it. Written {@code kind:ref}.
 */
public record Link(String kind, String ref) {

    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9-]*");

    public Link {
        if (kind == null || !KIND.matcher(kind).matches() || ref == null || ref.isBlank()) {
            throw new StrategyException("error.link", "Link '" + kind + ":" + ref + "': write kind:reference, e.g. swot:main",
                    kind + ":" + ref);
        }
    }

    public static Link parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new StrategyException("error.link", "Link '" + text + "': write kind:reference, e.g. swot:main", text);
        }
        return new Link(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
    }

    @Override
    public String toString() {
        return kind + ":" + ref;
    }
}
