package com.salesworkbench.strategy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Compares two versions of a strategy document: what was added, removed or changed, item by item. */
public final class VersionDiff {

    /**
     * One difference. {@code area}: field, chapter, goal, action, risk, objection; {@code what}: added, removed,
     * or the name of the changed property (text, links, title, owner, deadline, status, target...).
     */
    public record Change(String area, String id, String what, String before, String after) {
    }

    private VersionDiff() {
    }

    public static List<Change> compare(StrategyDocument a, StrategyDocument b) {
        List<Change> out = new ArrayList<>();
        field(out, "field", "document", "title", a.title(), b.title());
        field(out, "field", "document", "period", a.period(), b.period());
        field(out, "field", "document", "status", a.status().name().toLowerCase(), b.status().name().toLowerCase());
        field(out, "field", "document", "approvedBy", a.approvedBy(), b.approvedBy());
        items(out, "chapter", a.chapters(), b.chapters(), Chapter::id, Chapter::title, (x, y) -> {
            List<Change> c = new ArrayList<>();
            field(c, "chapter", x.id(), "title", x.title(), y.title());
            field(c, "chapter", x.id(), "text", x.text(), y.text());
            field(c, "chapter", x.id(), "links", x.links().toString(), y.links().toString());
            return c;
        });
        items(out, "goal", a.goals(), b.goals(), Goal::id, Goal::title, (x, y) -> {
            List<Change> c = new ArrayList<>();
            field(c, "goal", x.id(), "title", x.title(), y.title());
            field(c, "goal", x.id(), "owner", x.owner(), y.owner());
            field(c, "goal", x.id(), "deadline", s(x.deadline()), s(y.deadline()));
            field(c, "goal", x.id(), "target", s(x.target()), s(y.target()));
            field(c, "goal", x.id(), "achieved", s(x.achieved()), s(y.achieved()));
            field(c, "goal", x.id(), "done", s(x.done()), s(y.done()));
            return c;
        });
        items(out, "action", a.actions(), b.actions(), Action::id, Action::title, (x, y) -> {
            List<Change> c = new ArrayList<>();
            field(c, "action", x.id(), "title", x.title(), y.title());
            field(c, "action", x.id(), "owner", x.owner(), y.owner());
            field(c, "action", x.id(), "deadline", s(x.deadline()), s(y.deadline()));
            field(c, "action", x.id(), "status", x.status().name().toLowerCase(), y.status().name().toLowerCase());
            field(c, "action", x.id(), "controlPoints", x.controlPoints().toString(), y.controlPoints().toString());
            return c;
        });
        items(out, "risk", a.risks(), b.risks(), r -> String.valueOf(r.id()), Risk::text, (x, y) -> {
            List<Change> c = new ArrayList<>();
            field(c, "risk", String.valueOf(x.id()), "text", x.text(), y.text());
            field(c, "risk", String.valueOf(x.id()), "exposure", s(x.exposure()), s(y.exposure()));
            return c;
        });
        items(out, "objection", a.objections(), b.objections(), o -> String.valueOf(o.id()), Objection::text, (x, y) -> {
            List<Change> c = new ArrayList<>();
            field(c, "objection", String.valueOf(x.id()), "resolution", x.resolution(), y.resolution());
            return c;
        });
        return out;
    }

    private static String s(Object o) {
        return o == null ? "" : o.toString();
    }

    private static void field(List<Change> out, String area, String id, String what, String a, String b) {
        if (!Objects.equals(a, b)) {
            out.add(new Change(area, id, what, a, b));
        }
    }

    private static <T> void items(List<Change> out, String area, List<T> a, List<T> b, Function<T, String> id,
                                  Function<T, String> label, java.util.function.BiFunction<T, T, List<Change>> diff) {
        Map<String, T> before = new LinkedHashMap<>();
        a.forEach(x -> before.put(id.apply(x), x));
        Map<String, T> after = new LinkedHashMap<>();
        b.forEach(x -> after.put(id.apply(x), x));
        for (Map.Entry<String, T> e : before.entrySet()) {
            T y = after.get(e.getKey());
            if (y == null) {
                out.add(new Change(area, e.getKey(), "removed", label.apply(e.getValue()), ""));
            } else if (!e.getValue().equals(y)) {
                out.addAll(diff.apply(e.getValue(), y));
            }
        }
        for (Map.Entry<String, T> e : after.entrySet()) {
            if (!before.containsKey(e.getKey())) {
                out.add(new Change(area, e.getKey(), "added", "", label.apply(e.getValue())));
            }
        }
    }
}
