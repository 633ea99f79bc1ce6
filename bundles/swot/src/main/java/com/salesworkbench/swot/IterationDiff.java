package com.salesworkbench.swot;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares two iterations of a board: participants, and items added, removed or re-weighted, re-rated, reworded. */
public final class IterationDiff {

    /** {@code what}: added, removed, text, weight, rating, participantJoined, participantLeft. */
    public record Change(String item, String what, String before, String after) {
    }

    private IterationDiff() {
    }

    public static List<Change> compare(Iteration a, Iteration b) {
        List<Change> out = new ArrayList<>();
        for (String p : a.participants()) {
            if (!b.participants().contains(p)) {
                out.add(new Change("", "participantLeft", p, ""));
            }
        }
        for (String p : b.participants()) {
            if (!a.participants().contains(p)) {
                out.add(new Change("", "participantJoined", "", p));
            }
        }
        Map<String, SwotItem> before = new LinkedHashMap<>();
        a.items().forEach(i -> before.put(i.id(), i));
        Map<String, SwotItem> after = new LinkedHashMap<>();
        b.items().forEach(i -> after.put(i.id(), i));
        for (SwotItem x : before.values()) {
            SwotItem y = after.get(x.id());
            if (y == null) {
                out.add(new Change(x.id(), "removed", x.text(), ""));
                continue;
            }
            if (!x.text().equals(y.text())) {
                out.add(new Change(x.id(), "text", x.text(), y.text()));
            }
            if (!Objects.equals(s(x.weight()), s(y.weight()))) {
                out.add(new Change(x.id(), "weight", s(x.weight()), s(y.weight())));
            }
            if (x.rating() != y.rating()) {
                out.add(new Change(x.id(), "rating", String.valueOf(x.rating()), String.valueOf(y.rating())));
            }
        }
        for (SwotItem y : after.values()) {
            if (!before.containsKey(y.id())) {
                out.add(new Change(y.id(), "added", "", y.text()));
            }
        }
        return out;
    }

    private static String s(java.math.BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
