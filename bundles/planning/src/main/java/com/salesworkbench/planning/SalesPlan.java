package com.salesworkbench.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.workspace.DocumentType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The plan document ({@code plans/NAME}, schema {@code sales-plan} version 2): title, currency, price mode,
 * the dimensions the plan uses (any subset of {@link Dimension}, in display order), the first and last period
 * (day to year), managers with their regions, cells carrying a member per dimension used, a period and either
 * units (priced by the price book: average check and target margin by product and region) or an amount of
 * money, and top-down targets on any cell. Version 1 (manager x product units, the demo client's body) is
 * migrated on read. Saved through the workspace, so every change is a restorable version.
 */
public record SalesPlan(String title, String currency, String priceMode, String from, String to,
        List<Dimension> dimensions, List<Manager> managers, List<Cell> cells, List<Check> averageCheck,
        List<Margin> targetMargin, List<Target> targets) {

    public static final int VERSION = 2;
    public static final DocumentType<SalesPlan> DOCUMENT_TYPE = new DocumentType<>("sales-plan", VERSION,
            SalesPlan.class, Map.of(1, SalesPlan::migrateV1));
    public static final String FOLDER = "plans/";
    /** The dimensions of a version 1 plan, and the default of {@code plan:create}. */
    public static final List<Dimension> MANAGER_PRODUCT = List.of(Dimension.MANAGER, Dimension.PRODUCT);

    public record Manager(String name, String region) {
    }

    /** A leaf cell: a member of each dimension of the plan, a period, and units or an amount (not both). */
    public record Cell(Map<Dimension, String> members, String period, Long units, BigDecimal amount) {
        public Cell {
            members = SalesPlan.members(members);
        }
    }

    public record Check(String product, String region, BigDecimal amount) {
    }

    public record Margin(String product, String region, BigDecimal rate) {
    }

    /** A top-down target: a missing member means all members of that dimension; period any plan period. */
    public record Target(Map<Dimension, String> members, String period, BigDecimal amount) {
        public Target {
            members = SalesPlan.members(members);
        }
    }

    public SalesPlan {
        dimensions = dimensions == null || dimensions.isEmpty() ? MANAGER_PRODUCT : List.copyOf(dimensions);
        if (new LinkedHashSet<>(dimensions).size() != dimensions.size()) {
            throw new PlanningException("grid.duplicateDimension", dimensions);
        }
        managers = managers == null ? List.of() : List.copyOf(managers);
        cells = cells == null ? List.of() : List.copyOf(cells);
        averageCheck = averageCheck == null ? List.of() : List.copyOf(averageCheck);
        targetMargin = targetMargin == null ? List.of() : List.copyOf(targetMargin);
        targets = targets == null ? List.of() : List.copyOf(targets);
        priceMode = priceMode == null ? PriceMode.MARKUP.name() : priceMode;
    }

    /** Members in the order of {@link Dimension}; blank and {@code *} members are dropped (= all). */
    public static Map<Dimension, String> members(Map<Dimension, String> m) {
        Map<Dimension, String> out = new EnumMap<>(Dimension.class);
        if (m != null) {
            m.forEach((d, v) -> {
                if (d != null && v != null && !v.isBlank() && !v.equals("*")) {
                    out.put(d, v);
                }
            });
        }
        return Collections.unmodifiableMap(out);
    }

    /** The CSV column of a dimension: {@code profit_centre}, {@code product}, {@code client_kind}... */
    public static String column(Dimension d) {
        return d.name().toLowerCase(Locale.ROOT);
    }

    /** A dimension from its column name (hyphen or underscore, any case). */
    public static Dimension dimension(String text) {
        try {
            return Dimension.valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (Dimension d : Dimension.values()) {
                names.add(column(d));
            }
            throw new PlanningException("doc.unknownDimension", text, String.join(", ", names));
        }
    }

    /** Migrates a version 1 body (manager x product units and targets) to version 2. */
    static ObjectNode migrateV1(ObjectNode v1) {
        ObjectNode v2 = v1.deepCopy();
        JsonNodeFactory n = JsonNodeFactory.instance;
        ArrayNode dims = v2.putArray("dimensions");
        dims.add(Dimension.MANAGER.name());
        dims.add(Dimension.PRODUCT.name());
        ArrayNode cells = n.arrayNode();
        for (JsonNode u : v1.path("units")) {
            ObjectNode c = cells.addObject();
            ObjectNode m = c.putObject("members");
            putMember(m, Dimension.MANAGER, u.get("manager"));
            putMember(m, Dimension.PRODUCT, u.get("product"));
            c.set("period", u.get("period"));
            c.set("units", u.get("units"));
        }
        v2.remove("units");
        v2.set("cells", cells);
        ArrayNode targets = n.arrayNode();
        for (JsonNode t : v1.path("targets")) {
            ObjectNode c = targets.addObject();
            ObjectNode m = c.putObject("members");
            putMember(m, Dimension.MANAGER, t.get("manager"));
            putMember(m, Dimension.PRODUCT, t.get("product"));
            c.set("period", t.get("period"));
            c.set("amount", t.get("amount"));
        }
        v2.set("targets", targets);
        return v2;
    }

    private static void putMember(ObjectNode m, Dimension d, JsonNode v) {
        if (v != null && v.isTextual() && !v.asText().isBlank() && !v.asText().equals("*")) {
            m.put(d.name(), v.asText());
        }
    }

    public PriceMode mode() {
        try {
            return PriceMode.valueOf(priceMode);
        } catch (IllegalArgumentException e) {
            throw new PlanningException("doc.priceMode", priceMode);
        }
    }

    /** The plan's periods: from .. to when given, else the span of its cells. */
    public List<PlanPeriod> periods() {
        PlanPeriod first = from == null ? null : period(from, "from");
        PlanPeriod last = to == null ? null : period(to, "to");
        for (Cell c : cells) {
            PlanPeriod p = period(c.period(), describe(c.members()));
            if (from == null && (first == null || p.compareTo(first) < 0)) {
                first = p;
            }
            if (to == null && (last == null || p.compareTo(last) > 0)) {
                last = p;
            }
        }
        if (first == null || last == null) {
            throw new PlanningException("grid.noPeriods");
        }
        if (last.frequency() != first.frequency() || last.compareTo(first) < 0) {
            throw new PlanningException("doc.badSpan", first, last);
        }
        List<PlanPeriod> out = new ArrayList<>();
        for (PlanPeriod p = first; p.compareTo(last) <= 0; p = p.next()) {
            out.add(p);
        }
        return out;
    }

    private static PlanPeriod period(String text, String where) {
        try {
            return PlanPeriod.parse(text);
        } catch (RuntimeException e) {
            throw new PlanningException("doc.badPeriod", text, where);
        }
    }

    public static String describe(Map<Dimension, String> members) {
        return members.isEmpty() ? "*" : String.join(" / ", members.values());
    }

    /** The members in the plan's dimension order (then any others). */
    String describeInOrder(Map<Dimension, String> members) {
        List<String> parts = new ArrayList<>();
        dimensions.stream().filter(members::containsKey).forEach(d -> parts.add(members.get(d)));
        members.forEach((d, v) -> {
            if (!dimensions.contains(d)) {
                parts.add(v);
            }
        });
        return parts.isEmpty() ? "*" : String.join(" / ", parts);
    }

    public Map<String, String> regions() {
        Map<String, String> r = new LinkedHashMap<>();
        managers.forEach(m -> r.put(m.name(), m.region()));
        return r;
    }

    public PriceBook priceBook() {
        PriceBook b = new PriceBook(mode());
        averageCheck.forEach(c -> b.averageCheck(c.product(), c.region(), c.amount()));
        targetMargin.forEach(m -> b.targetMargin(m.product(), m.region(), m.rate()));
        return b;
    }

    /**
     * The evaluated grid: the plan's dimensions x periods, units priced, amounts set, every subtotal kept and
     * the targets set. A cell missing a member of a dimension, carrying a dimension the plan does not use,
     * or giving both or neither of units and amount is refused with the cell named.
     */
    public PlanGrid grid() {
        Map<Dimension, Set<String>> members = new LinkedHashMap<>();
        dimensions.forEach(d -> members.put(d, new LinkedHashSet<>()));
        boolean managerList = members.containsKey(Dimension.MANAGER) && !members.containsKey(Dimension.REGION);
        if (managerList) {
            managers.forEach(m -> members.get(Dimension.MANAGER).add(m.name()));
        }
        boolean priced = false;
        for (Cell c : cells) {
            String where = describeInOrder(c.members()) + " / " + c.period();
            for (Dimension d : c.members().keySet()) {
                if (!members.containsKey(d)) {
                    throw new PlanningException("doc.extraMember", where, column(d));
                }
            }
            for (Dimension d : dimensions) {
                String m = c.members().get(d);
                if (m == null) {
                    throw new PlanningException("doc.missingMember", where, column(d));
                }
                if (d == Dimension.MANAGER && managerList && !members.get(d).contains(m)) {
                    throw new PlanningException("doc.unknownManager", where);
                }
                members.get(d).add(m);
            }
            if ((c.units() == null) == (c.amount() == null)) {
                throw new PlanningException("doc.cellMeasure", where);
            }
            if (c.units() != null && c.units() < 0) {
                throw new PlanningException("doc.negativeUnits", where, c.units());
            }
            priced |= c.units() != null;
        }
        List<PlanGrid.Axis> axes = new ArrayList<>();
        for (Map.Entry<Dimension, Set<String>> e : members.entrySet()) {
            if (e.getValue().isEmpty() || cells.isEmpty()) {
                throw new PlanningException("doc.empty");
            }
            axes.add(new PlanGrid.Axis(e.getKey(), List.copyOf(e.getValue())));
        }
        if (priced && !members.containsKey(Dimension.PRODUCT)) {
            throw new PlanningException("doc.unitsNeedProduct");
        }
        PlanGrid g = new PlanGrid(axes, periods(), Currency.getInstance(currency));
        for (Cell c : cells) {
            if (c.units() != null) {
                g.setUnits(key(c.members(), c.period()), c.units());
            }
        }
        if (priced) {
            g.price(priceBook(), regions());
        }
        for (Cell c : cells) {
            if (c.amount() != null) {
                g.setMoney(key(c.members(), c.period()), Money.of(c.amount(), g.currency(), RoundingMode.HALF_EVEN));
            }
        }
        g.evaluate();
        for (Target t : targets) {
            g.setTarget(key(t.members(), t.period()), Money.of(t.amount(), g.currency(), RoundingMode.HALF_EVEN));
        }
        return g;
    }

    public static PlanKey key(Map<Dimension, String> members, String period) {
        Map<Dimension, String> m = members(members);
        return new PlanKey(m, period(period, describe(m)));
    }

    /** A key of a manager x product plan ({@code *} or blank = all). */
    public static PlanKey key(String manager, String product, String period) {
        return key(managerProduct(manager, product), period);
    }

    public static Map<Dimension, String> managerProduct(String manager, String product) {
        Map<Dimension, String> m = new EnumMap<>(Dimension.class);
        if (manager != null) {
            m.put(Dimension.MANAGER, manager);
        }
        if (product != null) {
            m.put(Dimension.PRODUCT, product);
        }
        return members(m);
    }

    public SalesPlan with(List<Manager> ms, List<Cell> cs, List<Check> checks, List<Margin> gs, List<Target> ts) {
        return new SalesPlan(title, currency, priceMode, from, to, dimensions, ms, cs, checks, gs, ts);
    }
}
