package com.salesworkbench.swot;

import java.util.List;

/**
 * A TOWS strategy formed from chosen items (at least one internal and one external); {@code actions} are the
 * actions it became, as {@code strategy-document#action-id}.
 */
public record TowsStrategy(String id, TowsType type, String text, List<String> items, List<String> actions) {

    public TowsStrategy {
        items = items == null ? List.of() : List.copyOf(items);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
