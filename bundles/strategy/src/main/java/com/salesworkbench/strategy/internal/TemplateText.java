package com.salesworkbench.strategy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesworkbench.workspace.Json;
import java.io.IOException;

/** Turns a template's content into chapter text: a data template's items as a Markdown checklist, Markdown as is. */
final class TemplateText {

    private TemplateText() {
    }

    static String markdown(String content) {
        String s = content.strip();
        if (s.startsWith("{")) {
            try {
                JsonNode n = Json.mapper().readTree(s);
                StringBuilder sb = new StringBuilder();
                if (n.hasNonNull("intro")) {
                    sb.append(n.get("intro").asText()).append("\n\n");
                }
                for (JsonNode item : n.path("items")) {
                    sb.append("- [ ] ").append(item.asText()).append('\n');
                }
                return sb.toString();
            } catch (IOException e) {
                return content;
            }
        }
        return content;
    }
}
