package com.salesworkbench.planning.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.ImportSink;
import com.salesworkbench.api.data.ImportedRows;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.TableSource;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.PlanningException;
import com.salesworkbench.planning.PriceMode;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Plans in and out as neutral tables (kind {@code plan}): an imported grid becomes the plan document
 * {@code plans/NAME} as plan:import would make it (rows replace cells with the same members and period, the plan is
 * saved only if it evaluates), and a stored plan is exported with its evaluated leaf cells grouped by profit centre
 * (or the plan's first dimension) so a spreadsheet gets subtotal formulas.
 */
@Component(service = {ImportSink.class, TableSource.class}, property = DataKinds.PROPERTY + "=" + DataKinds.PLAN)
public final class PlanData implements ImportSink, TableSource {

    /** The import's fields that are plan dimensions, in the order a new plan uses them (organisation, then goods). */
    static final List<Dimension> IMPORT_DIMENSIONS = List.of(Dimension.PROFIT_CENTRE, Dimension.MANAGER,
            Dimension.PRODUCT, Dimension.CLIENT);

    @Reference
    private Workspace workspace;

    @Reference
    private Provisioning provisioning;

    private Function<ClientId, Locale> clientLocale;

    public PlanData() {
    }

    /** For tests: a workspace and the clients' locales (a new plan takes the currency of its client's country). */
    PlanData(Workspace workspace, Function<ClientId, Locale> clientLocale) {
        this.workspace = workspace;
        this.clientLocale = clientLocale;
    }

    // -------------------------------------------------------------------------------------------------- import

    @Override
    public List<String> save(ClientId client, String name, ImportedRows rows, Locale locale) {
        ClientWorkspace c = workspace.client(client);
        String doc = SalesPlan.FOLDER + name;
        Optional<SalesPlan> existing = c.find(doc, SalesPlan.DOCUMENT_TYPE);
        SalesPlan next = merge(existing, rows, () -> currency(c, client, locale), name, locale);
        try {
            next.grid(); // the plan's own checks (members, measures, span) before anything is saved
        } catch (PlanningException e) {
            throw new DataException(e.getLocalizedMessage(locale));
        }
        c.save(doc, SalesPlan.DOCUMENT_TYPE, next);
        return List.of(doc);
    }

    /**
     * The plan with the imported cells: the existing plan's cells with the same members and period replaced (its
     * dimensions, span, prices and targets stay), or a new plan over the imported dimensions and periods.
     */
    static SalesPlan merge(Optional<SalesPlan> existing, ImportedRows rows, java.util.function.Supplier<String> currency,
                           String name, Locale locale) {
        Texts t = Texts.of(PlanData.class, locale);
        Table table = rows.table();
        List<Dimension> dims = new ArrayList<>();
        for (Dimension d : IMPORT_DIMENSIONS) {
            if (table.column(SalesPlan.column(d)) >= 0) {
                dims.add(d);
            }
        }
        if (dims.isEmpty()) {
            throw new DataException(t.get("data.noDimension", columns(IMPORT_DIMENSIONS)));
        }
        List<PlanPeriod> span = null;
        if (existing.isPresent()) {
            SalesPlan plan = existing.get();
            if (!new java.util.HashSet<>(plan.dimensions()).equals(new java.util.HashSet<>(dims))) {
                throw new DataException(t.get("data.dimensions", SalesPlan.FOLDER + name, columns(plan.dimensions()),
                        columns(dims)));
            }
            dims = plan.dimensions();
            if (plan.from() != null && plan.to() != null) {
                span = plan.periods();
            }
        }
        // a plan by manager without regions lists its managers: a new plan takes the grid's, an existing one knows its own
        java.util.Set<String> managers = existing.map(pl -> pl.regions().keySet()).orElse(null);
        boolean managerList = dims.contains(Dimension.MANAGER) && !dims.contains(Dimension.REGION);
        List<SalesPlan.Manager> newManagers = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<SalesPlan.Cell> imported = new ArrayList<>();
        PlanPeriod first = null;
        PlanPeriod last = null;
        for (int i = 0; i < table.rows().size(); i++) {
            long row = rows.sourceRows().get(i);
            Map<Dimension, String> members = new LinkedHashMap<>();
            for (Dimension d : dims) {
                Object m = rows.value(i, SalesPlan.column(d));
                if (m == null || m.toString().isBlank()) {
                    throw new DataException(row, SalesPlan.column(d), t.get("data.noMember", t.get("dim." + d.name())));
                }
                members.put(d, m.toString().strip());
            }
            String manager = members.get(Dimension.MANAGER);
            if (managerList && managers != null && !managers.contains(manager)) {
                throw new DataException(row, "manager", t.get("data.unknownManager", manager, SalesPlan.FOLDER + name,
                        String.join(", ", managers)));
            }
            if (managerList && managers == null && newManagers.stream().noneMatch(m -> m.name().equals(manager))) {
                newManagers.add(new SalesPlan.Manager(manager, null));
            }
            PlanPeriod p = (PlanPeriod) rows.value(i, "period");
            if (span != null && !span.contains(p)) {
                throw new DataException(row, "period", t.get("data.outside", p, SalesPlan.FOLDER + name,
                        span.get(0), span.get(span.size() - 1)));
            }
            if (first != null && p.frequency() != first.frequency()) {
                throw new DataException(row, "period", t.get("data.frequency", p, first));
            }
            first = first == null || p.compareTo(first) < 0 ? p : first;
            last = last == null || p.compareTo(last) > 0 ? p : last;
            String key = SalesPlan.describe(SalesPlan.members(members)) + "\u0000" + p;
            Long twice = seen.putIfAbsent(key, row);
            if (twice != null) {
                throw new DataException(row, "period", t.get("data.duplicate",
                        SalesPlan.describe(SalesPlan.members(members)) + " / " + p, twice));
            }
            // a cell holds one measure: the money of the grid (units without prices could not be valued)
            BigDecimal amount = (BigDecimal) rows.value(i, "amount");
            imported.add(new SalesPlan.Cell(members, p.toString(), null, amount));
        }
        if (existing.isPresent()) {
            SalesPlan plan = existing.get();
            Map<String, SalesPlan.Cell> cells = new LinkedHashMap<>();
            plan.cells().forEach(x -> cells.put(cellKey(x), x));
            imported.forEach(x -> cells.put(cellKey(x), x));
            return plan.with(plan.managers(), new ArrayList<>(cells.values()), plan.averageCheck(), plan.targetMargin(),
                    plan.targets());
        }
        return new SalesPlan(name, currency.get(), PriceMode.MARKUP.name(), first.toString(), last.toString(), dims,
                newManagers, imported, List.of(), List.of(), List.of());
    }

    private static String cellKey(SalesPlan.Cell c) {
        return c.members() + "\u0000" + PlanPeriod.parse(c.period());
    }

    private static String columns(List<Dimension> dims) {
        return String.join(", ", dims.stream().map(SalesPlan::column).toList());
    }

    /** A new plan's currency: the one the client's other plans use, else its country's. */
    private String currency(ClientWorkspace c, ClientId client, Locale locale) {
        for (String n : names(client)) {
            try {
                return c.read(SalesPlan.FOLDER + n, SalesPlan.DOCUMENT_TYPE).currency();
            } catch (RuntimeException e) {
                // an unreadable plan says nothing about the currency: try the next
            }
        }
        try {
            Locale l = clientLocale != null ? clientLocale.apply(client) : provisioning.profile(client).javaLocale();
            return Currency.getInstance(l).getCurrencyCode();
        } catch (RuntimeException e) {
            throw new DataException(Texts.of(PlanData.class, locale).get("data.noCurrency"));
        }
    }

    // -------------------------------------------------------------------------------------------------- export

    @Override
    public List<String> names(ClientId client) {
        List<String> out = new ArrayList<>();
        for (String doc : workspace.client(client).documents()) {
            if (doc.startsWith(SalesPlan.FOLDER) && doc.indexOf('/', SalesPlan.FOLDER.length()) < 0) {
                out.add(doc.substring(SalesPlan.FOLDER.length()));
            }
        }
        out.sort(null);
        return out;
    }

    @Override
    public Table table(ClientId client, String name, List<String> arguments, Locale locale) {
        try {
            SalesPlan plan = workspace.client(client).find(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE)
                    .orElseThrow(() -> new DataException(Texts.of(PlanData.class, locale).get("data.noPlan",
                            SalesPlan.FOLDER + name, String.join(", ", names(client)))));
            return table(name, plan, plan.grid());
        } catch (PlanningException e) {
            throw new DataException(e.getLocalizedMessage(locale));
        }
    }

    /**
     * The plan's filled leaf cells with their evaluated units and money, one row per cell and period, grouped by
     * the profit centre when the plan has one, else by its first dimension; the group's members in the plan's order.
     */
    static Table table(String name, SalesPlan plan, PlanGrid g) {
        Dimension by = plan.dimensions().contains(Dimension.PROFIT_CENTRE) ? Dimension.PROFIT_CENTRE : plan.dimensions().get(0);
        List<Dimension> order = new ArrayList<>(List.of(by));
        plan.dimensions().stream().filter(d -> d != by).forEach(order::add);
        boolean units = plan.cells().stream().anyMatch(c -> c.units() != null);
        List<Table.Column> cols = new ArrayList<>();
        order.forEach(d -> cols.add(new Table.Column(SalesPlan.column(d), Table.ColumnType.TEXT)));
        cols.add(new Table.Column("period", Table.ColumnType.PERIOD));
        if (units) {
            cols.add(new Table.Column("units", Table.ColumnType.INTEGER));
        }
        cols.add(new Table.Column("amount", Table.ColumnType.MONEY));
        Map<Dimension, List<String>> axis = new LinkedHashMap<>();
        g.axes().forEach(a -> axis.put(a.dimension(), a.members()));
        List<SalesPlan.Cell> cells = new ArrayList<>(plan.cells());
        Comparator<SalesPlan.Cell> byMembers = null;
        for (Dimension d : order) {
            Comparator<SalesPlan.Cell> c = Comparator.comparingInt(x -> axis.get(d).indexOf(x.members().get(d)));
            byMembers = byMembers == null ? c : byMembers.thenComparing(c);
        }
        cells.sort(byMembers.thenComparing(x -> PlanPeriod.parse(x.period())));
        List<List<Object>> rows = new ArrayList<>();
        for (SalesPlan.Cell c : cells) {
            PlanKey k = SalesPlan.key(c.members(), c.period());
            List<Object> row = new ArrayList<>();
            order.forEach(d -> row.add(c.members().get(d)));
            row.add(k.period());
            if (units) {
                row.add(g.units(k));
            }
            row.add(g.money(k));
            rows.add(row);
        }
        return new Table(plan.title() == null || plan.title().isBlank() ? name : plan.title(), cols, rows, 0);
    }
}
