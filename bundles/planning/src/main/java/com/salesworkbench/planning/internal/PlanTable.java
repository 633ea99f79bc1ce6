package com.salesworkbench.planning.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.SalesPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A plan as a table of formatted cells: the filled leaves by period with subtotals along one dimension and the
 * company total (table 4 of the planning article); plan:show prints it, the report section renders it.
 *
 * @param labels how many leading columns are labels (the rest are figures)
 */
record PlanTable(List<String> header, List<List<String>> rows, int labels) {

    static PlanTable of(SalesPlan plan, PlanGrid g, Dimension by, boolean units, Formats f, Texts t) {
        // the subtotal dimension first, then the others in the plan's order
        List<Dimension> order = new ArrayList<>(List.of(by));
        plan.dimensions().stream().filter(d -> d != by).forEach(order::add);
        Map<Dimension, List<String>> axis = new LinkedHashMap<>();
        g.axes().forEach(a -> axis.put(a.dimension(), a.members()));
        // the filled leaf tuples, in the order of the members
        TreeMap<List<Integer>, Map<Dimension, String>> tuples = new TreeMap<>((x, y) -> {
            for (int i = 0; i < x.size(); i++) {
                int c = Integer.compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        for (SalesPlan.Cell c : plan.cells()) {
            List<Integer> pos = new ArrayList<>();
            order.forEach(d -> pos.add(axis.get(d).indexOf(c.members().get(d))));
            tuples.put(pos, c.members());
        }
        List<String> head = new ArrayList<>();
        order.forEach(d -> head.add(t.get("dim." + d.name())));
        g.periods().forEach(p -> head.add(p.toString()));
        head.add(t.get("col.total"));
        List<List<String>> rows = new ArrayList<>();
        String group = null;
        for (Map<Dimension, String> m : tuples.values()) {
            String member = m.get(by);
            if (group != null && !group.equals(member)) {
                rows.add(row(g, f, units, Map.of(by, group), labels(order, group, t.get("row.subtotal"))));
            }
            group = member;
            List<String> labels = new ArrayList<>();
            order.forEach(d -> labels.add(m.get(d)));
            rows.add(row(g, f, units, m, labels));
        }
        if (group != null) {
            rows.add(row(g, f, units, Map.of(by, group), labels(order, group, t.get("row.subtotal"))));
        }
        rows.add(row(g, f, units, Map.of(), labels(order, t.get("row.company"), "")));
        return new PlanTable(head, rows, order.size());
    }

    private static List<String> labels(List<Dimension> order, String first, String second) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            out.add(i == 0 ? first : i == 1 ? second : "");
        }
        if (order.size() == 1 && !second.isEmpty()) {
            out.set(0, first + " (" + second + ")");
        }
        return out;
    }

    private static List<String> row(PlanGrid g, Formats f, boolean units, Map<Dimension, String> members, List<String> labels) {
        List<String> cells = new ArrayList<>(labels);
        for (PlanPeriod p : g.periods()) {
            PlanKey k = new PlanKey(SalesPlan.members(members), p);
            cells.add(units ? f.count(g.units(k)) : f.money(g.money(k)));
        }
        Map<Dimension, String> m = SalesPlan.members(members);
        cells.add(units ? f.count(g.totalUnits(m)) : f.money(g.total(m)));
        return cells;
    }
}
