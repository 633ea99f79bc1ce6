package com.salesworkbench.strategy;

import java.util.List;

/**
 * A chapter of a horizon: a fixed one (its id is one of {@link Horizon#fixedChapters()}, its title localised) or
 * one the consultant added (id {@code custom-N}, own title). {@code text} is rich text in Markdown.
 */
public record Chapter(String id, Horizon horizon, String title, String text, List<Link> links) {

    public Chapter {
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        links = links == null ? List.of() : List.copyOf(links);
    }

    public boolean fixed() {
        return horizon.fixedChapters().contains(id);
    }

    public boolean empty() {
        return text.isBlank() && links.isEmpty();
    }

    public Chapter withText(String newText) {
        return new Chapter(id, horizon, title, newText, links);
    }

    public Chapter withLinks(List<Link> newLinks) {
        return new Chapter(id, horizon, title, text, newLinks);
    }
}
