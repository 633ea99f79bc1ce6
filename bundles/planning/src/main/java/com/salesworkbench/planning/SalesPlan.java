package com.salesworkbench.planning;

import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.workspace.DocumentType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The plan document ({@code plans/NAME}, schema {@code sales-plan} version 1): the body the demo client
 * writes (title, currency, price mode, managers with regions, units by manager / product / period, average
 * check and target margin by product and region), plus optional fields this module adds compatibly: the
 * plan's first and last period and top-down targets. Saved through the workspace, so every change is a
 * restorable version.
 */
public record SalesPlan(String title, String currency, String priceMode, String from, String to,
        List<Manager> managers, List<Units> units, List<Check> averageCheck, List<Margin> targetMargin,
        List<Target> targets) {

    public static final DocumentType<SalesPlan> DOCUMENT_TYPE = DocumentType.of("sales-plan", SalesPlan.class);
    public static final String FOLDER = "plans/";

    public record Manager(String name, String region) {
    }

    public record Units(String manager, String product, String period, long units) {
    }

    public record Check(String product, String region, BigDecimal amount) {
    }

    public record Margin(String product, String region, BigDecimal rate) {
    }

    /** A top-down target: manager and product may be absent (rolled up); period any plan period. */
    public record Target(String manager, String product, String period, BigDecimal amount) {
    }

    public SalesPlan {
        managers = managers == null ? List.of() : List.copyOf(managers);
        units = units == null ? List.of() : List.copyOf(units);
        averageCheck = averageCheck == null ? List.of() : List.copyOf(averageCheck);
        targetMargin = targetMargin == null ? List.of() : List.copyOf(targetMargin);
        targets = targets == null ? List.of() : List.copyOf(targets);
        priceMode = priceMode == null ? PriceMode.MARKUP.name() : priceMode;
    }

    public PriceMode mode() {
        try {
            return PriceMode.valueOf(priceMode);
        } catch (IllegalArgumentException e) {
            throw new PlanningException("doc.priceMode", priceMode);
        }
    }

    /** The plan's months: from .. to when given, else the span of its units. */
    public List<PlanPeriod> periods() {
        PlanPeriod first = from == null ? null : period(from, "from");
        PlanPeriod last = to == null ? null : period(to, "to");
        for (Units u : units) {
            PlanPeriod p = period(u.period(), u.manager() + " / " + u.product());
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
        if (last.compareTo(first) < 0 || last.frequency() != first.frequency()) {
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
        } catch (IllegalArgumentException e) {
            throw new PlanningException("doc.badPeriod", text, where);
        }
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

    /** The evaluated grid: managers x products x periods, priced and totalled; targets set. */
    public PlanGrid grid() {
        Set<String> ms = new LinkedHashSet<>();
        managers.forEach(m -> ms.add(m.name()));
        Set<String> ps = new LinkedHashSet<>();
        for (Units u : units) {
            if (!ms.contains(u.manager())) {
                throw new PlanningException("doc.unknownManager", u.manager(), u.product(), u.period());
            }
            ps.add(u.product());
        }
        if (ms.isEmpty() || ps.isEmpty()) {
            throw new PlanningException("doc.empty");
        }
        PlanGrid g = new PlanGrid(List.of(new PlanGrid.Axis(Dimension.MANAGER, List.copyOf(ms)),
                new PlanGrid.Axis(Dimension.PRODUCT, List.copyOf(ps))), periods(), Currency.getInstance(currency));
        for (Units u : units) {
            if (u.units() < 0) {
                throw new PlanningException("doc.negativeUnits", u.manager(), u.product(), u.period(), u.units());
            }
            g.setUnits(key(u.manager(), u.product(), u.period()), u.units());
        }
        g.price(priceBook(), regions());
        g.evaluate();
        for (Target t : targets) {
            g.setTarget(key(t.manager(), t.product(), t.period()),
                    com.salesworkbench.api.money.Money.of(t.amount(), g.currency(), java.math.RoundingMode.HALF_EVEN));
        }
        return g;
    }

    public static PlanKey key(String manager, String product, String period) {
        Map<Dimension, String> m = new EnumMap<>(Dimension.class);
        if (manager != null && !manager.isBlank() && !manager.equals("*")) {
            m.put(Dimension.MANAGER, manager);
        }
        if (product != null && !product.isBlank() && !product.equals("*")) {
            m.put(Dimension.PRODUCT, product);
        }
        return new PlanKey(m, period(period, (manager == null ? "*" : manager) + " / " + (product == null ? "*" : product)));
    }

    public SalesPlan with(List<Manager> ms, List<Units> us, List<Check> cs, List<Margin> gs, List<Target> ts) {
        return new SalesPlan(title, currency, priceMode, from, to, ms, us, cs, gs, ts);
    }
}
