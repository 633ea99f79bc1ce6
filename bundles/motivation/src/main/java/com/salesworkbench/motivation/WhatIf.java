package com.salesworkbench.motivation;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * What-if: change one parameter of a scheme and compare every rep's payout and the total cost of sales; the
 * same comparison serves two different schemes side by side.
 */
public final class WhatIf {
    private WhatIf() {
    }

    /** One rep's pay under scheme A and B (null when a scheme could not compute the rep). */
    public record Row(String rep, Money a, Money b) {
        public BigDecimal difference() {
            return a == null || b == null ? null : b.amount().subtract(a.amount());
        }
    }

    public record Comparison(SchemeRun a, SchemeRun b, List<Row> rows) {
    }

    public static Comparison compare(PayEngine engine, PayScheme a, PayScheme b,
                                     Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> figures) {
        SchemeRun ra = SchemeRun.run(engine, a, figures, true);
        SchemeRun rb = SchemeRun.run(engine, b, figures, true);
        List<Row> rows = new ArrayList<>();
        for (String rep : new TreeSet<>(figures.keySet())) {
            rows.add(new Row(rep, ra.pay().get(rep), rb.pay().get(rep)));
        }
        return new Comparison(ra, rb, rows);
    }

    /**
     * The scheme with one value changed. {@code path} is {@code fixed}, {@code targetVariable}, {@code equalPlan}
     * or {@code <rule>.<parameter>} with list items by 1-based index: {@code acc.factor}, {@code kpi.kpis.2.weight},
     * {@code tiers.tiers.1.rate}. The revision is kept: a what-if is not saved.
     */
    @SuppressWarnings("unchecked")
    public static PayScheme with(PayScheme s, String path, BigDecimal value) {
        switch (path) {
            case "fixed":
                return new PayScheme(s.name(), s.revision(), value, s.targetVariable(), s.currency(), s.equalPlan(), s.rules());
            case "targetVariable":
                return new PayScheme(s.name(), s.revision(), s.fixed(), value, s.currency(), s.equalPlan(), s.rules());
            case "equalPlan":
                return new PayScheme(s.name(), s.revision(), s.fixed(), s.targetVariable(), s.currency(), value, s.rules());
            default:
                break;
        }
        String[] parts = path.split("\\.");
        if (parts.length < 2) {
            throw new PayException("error.path", "'" + path + "' is not fixed, targetVariable, equalPlan or <rule>.<parameter>", path);
        }
        RuleSpec rule = s.rule(parts[0]);
        Map<String, Object> params = (Map<String, Object>) deepCopy(rule.parameters());
        Object node = params;
        for (int i = 1; i < parts.length - 1; i++) {
            node = step(node, parts[i], path);
        }
        String last = parts[parts.length - 1];
        if (node instanceof Map<?, ?> m) {
            ((Map<String, Object>) m).put(last, value);
        } else if (node instanceof List<?> l) {
            int index = index(last, l.size(), path);
            ((List<Object>) l).set(index, value);
        } else {
            throw new PayException("error.path", "'" + path + "' does not lead to a parameter", path);
        }
        return s.withRule(new RuleSpec(rule.id(), rule.type(), params));
    }

    private static Object step(Object node, String part, String path) {
        Object next = null;
        if (node instanceof Map<?, ?> m) {
            next = m.get(part);
        } else if (node instanceof List<?> l) {
            next = l.get(index(part, l.size(), path));
        }
        if (next == null) {
            throw new PayException("error.path", "'" + path + "': no '" + part + "' there", path, part);
        }
        return next;
    }

    private static int index(String part, int size, String path) {
        try {
            int i = Integer.parseInt(part);
            if (i >= 1 && i <= size) {
                return i - 1;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new PayException("error.pathIndex", "'" + path + "': '" + part + "' is not an item number from 1 to " + size, path, part, size);
    }

    private static Object deepCopy(Object o) {
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> c = new HashMap<>();
            m.forEach((k, v) -> c.put(String.valueOf(k), deepCopy(v)));
            return c;
        }
        if (o instanceof List<?> l) {
            List<Object> c = new ArrayList<>();
            l.forEach(v -> c.add(deepCopy(v)));
            return c;
        }
        return o;
    }
}
