package com.salesworkbench.planning.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.planning.Budget;
import com.salesworkbench.planning.ForecastAccuracy;
import com.salesworkbench.planning.OtherPlans;
import com.salesworkbench.planning.PlanBases;
import com.salesworkbench.planning.GrowthAnalysis;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.PlanningException;
import com.salesworkbench.planning.PriceMode;
import com.salesworkbench.planning.Quotas;
import com.salesworkbench.seasonality.SeasonalProfile;
import com.salesworkbench.planning.RunRate;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.planning.WorkingCalendar;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code plan:*}: create, fill (CSV), evaluate, show and export a sales plan of the active client headlessly;
 * growth analysis of a series and the daily run-rate of a target.
 */
@Component(service = PlanCommands.class, property = {
        "osgi.command.scope=plan",
        "osgi.command.function=create",
        "osgi.command.function=list",
        "osgi.command.function=import",
        "osgi.command.function=show",
        "osgi.command.function=export",
        "osgi.command.function=growth",
        "osgi.command.function=split",
        "osgi.command.function=quotas",
        "osgi.command.function=accuracy",
        "osgi.command.function=runrate",
        "osgi.command.function=bases",
        "osgi.command.function=budget",
        "osgi.command.function=vectors",
        "osgi.command.function=expenses",
        "osgi.command.function=collection",
        "osgi.command.function=efficiency",
        "osgi.command.function=decompose"})
public class PlanCommands {

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    public PlanCommands() {
    }

    /** For tests: the commands over one client workspace in a fixed locale. */
    PlanCommands(Provisioning provisioning, Workspace workspace) {
        this.provisioning = provisioning;
        this.workspace = workspace;
    }

    private static Texts texts() {
        return Texts.of(PlanCommands.class, Locale.getDefault());
    }

    @Descriptor("Create an empty plan plans/NAME of the active client over the dimensions given")
    public String create(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("first period, e.g. 2026-06 (a day, week, month, quarter, half-year or year)") @Parameter(names = {"-f", "--from"}, absentValue = "") String from,
            @Descriptor("last period, of the same kind, e.g. 2026-08") @Parameter(names = {"-t", "--to"}, absentValue = "") String to,
            @Descriptor("markup (default) or margin (margin on price)") @Parameter(names = {"-m", "--mode"}, absentValue = "markup") String mode,
            @Descriptor("title") @Parameter(names = {"--title"}, absentValue = "") String title,
            @Descriptor("dimensions, e.g. region,product,client_kind (default manager,product)") @Parameter(names = {"-d", "--dimensions"}, absentValue = "manager,product") String dimensions,
            @Descriptor("plan name") String name) {
        return run(() -> {
            Texts t = texts();
            if (currency.isBlank() || from.isBlank() || to.isBlank()) {
                throw new PlanningException("cmd.createNeeds");
            }
            Currency cur = currency(currency);
            List<Dimension> dims = new ArrayList<>();
            for (String d : dimensions.split(",")) {
                if (!d.isBlank()) {
                    dims.add(SalesPlan.dimension(d));
                }
            }
            SalesPlan plan = new SalesPlan(title.isBlank() ? name : title, cur.getCurrencyCode(), mode(mode).name(),
                    from, to, dims, List.of(), List.of(), List.of(), List.of(), List.of());
            plan.periods(); // validates the span
            ClientWorkspace c = activeClient();
            if (c.find(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE).isPresent()) {
                throw new PlanningException("cmd.exists", SalesPlan.FOLDER + name);
            }
            c.save(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE, plan);
            return t.get("create.done", SalesPlan.FOLDER + name, from, to, cur.getCurrencyCode(), columns(plan.dimensions()));
        });
    }

    @Descriptor("List the active client's plans (plans/NAME): title, currency, dimensions, periods and cells")
    public String list() {
        return run(() -> {
            Texts t = texts();
            ClientWorkspace c = activeClient();
            TextTable table = new TextTable(t.get("col.plan"), t.get("col.title"), t.get("col.currency"),
                    t.get("col.dimensions"), t.get("col.periods"), t.get("col.cells")).right(5);
            for (String doc : c.documents()) {
                if (doc.startsWith(SalesPlan.FOLDER) && doc.indexOf('/', SalesPlan.FOLDER.length()) < 0) {
                    SalesPlan p = c.read(doc, SalesPlan.DOCUMENT_TYPE);
                    String span;
                    try {
                        List<PlanPeriod> ps = p.periods(); // from .. to, or the span of the cells
                        span = ps.get(0) + " .. " + ps.get(ps.size() - 1);
                    } catch (PlanningException e) {
                        span = ""; // an empty plan without a span
                    }
                    table.row(doc.substring(SalesPlan.FOLDER.length()), p.title(), p.currency(), columns(p.dimensions()),
                            span, p.cells().size());
                }
            }
            return table.toString();
        });
    }

    private static String columns(List<Dimension> dims) {
        List<String> out = new ArrayList<>();
        dims.forEach(d -> out.add(SalesPlan.column(d)));
        return String.join(",", out);
    }

    private static String cellKey(Map<Dimension, String> members, String period) {
        return members + "\u0000" + period;
    }

    @Descriptor("Fill a plan from CSV files (rows replace rows with the same key); the plan is saved only if it evaluates")
    public String _import(
            @Descriptor("cells CSV: one column per dimension of the plan, period, units (or amount)") @Parameter(names = {"-u", "--units"}, absentValue = "") String units,
            @Descriptor("prices CSV: product,region,average_check,target_margin") @Parameter(names = {"-p", "--prices"}, absentValue = "") String prices,
            @Descriptor("managers CSV: manager,region") @Parameter(names = {"-r", "--managers"}, absentValue = "") String managers,
            @Descriptor("top-down targets CSV: a column per dimension (* or empty = all), period, amount") @Parameter(names = {"-T", "--targets"}, absentValue = "") String targets,
            @Descriptor("plan name") String name) {
        return run(() -> {
            ClientWorkspace c = activeClient();
            SalesPlan plan = c.read(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE);
            List<Dimension> dims = plan.dimensions();
            Map<String, SalesPlan.Manager> ms = new LinkedHashMap<>();
            plan.managers().forEach(m -> ms.put(m.name(), m));
            Map<String, SalesPlan.Cell> us = new LinkedHashMap<>();
            plan.cells().forEach(u -> us.put(cellKey(u.members(), u.period()), u));
            Map<String, SalesPlan.Check> cs = new LinkedHashMap<>();
            plan.averageCheck().forEach(x -> cs.put(x.product() + "\u0000" + x.region(), x));
            Map<String, SalesPlan.Margin> gs = new LinkedHashMap<>();
            plan.targetMargin().forEach(x -> gs.put(x.product() + "\u0000" + x.region(), x));
            Map<String, SalesPlan.Target> ts = new LinkedHashMap<>();
            plan.targets().forEach(x -> ts.put(cellKey(x.members(), x.period()), x));
            int rows = 0;
            if (!managers.isBlank()) {
                for (CSVRecord r : csv(managers, "manager", "region")) {
                    ms.put(text(r, "manager", managers), new SalesPlan.Manager(text(r, "manager", managers), text(r, "region", managers)));
                    rows++;
                }
            }
            if (!units.isBlank()) {
                List<String> need = new ArrayList<>();
                dims.forEach(d -> need.add(SalesPlan.column(d)));
                need.add("period");
                List<CSVRecord> records = csv(units, need.toArray(String[]::new));
                checkDimensionColumns(units, records, dims);
                boolean hasUnits = !records.isEmpty() && records.get(0).isMapped("units");
                boolean hasAmount = !records.isEmpty() && records.get(0).isMapped("amount");
                if (!records.isEmpty() && !hasUnits && !hasAmount) {
                    throw new PlanningException("csv.column", units, "units", String.join(",", need) + ",units|amount");
                }
                for (CSVRecord r : records) {
                    Map<Dimension, String> m = new LinkedHashMap<>();
                    for (Dimension d : dims) {
                        m.put(d, text(r, SalesPlan.column(d), units));
                    }
                    String uv = hasUnits && r.isConsistent() ? r.get("units") : "";
                    String av = hasAmount && r.isConsistent() ? r.get("amount") : "";
                    if (uv.isBlank() && av.isBlank()) {
                        throw new PlanningException("csv.empty", units, r.getRecordNumber() + 1, hasUnits ? "units" : "amount");
                    }
                    SalesPlan.Cell u = new SalesPlan.Cell(m, text(r, "period", units),
                            uv.isBlank() ? null : number(r, "units", units, BigDecimal::longValueExact),
                            av.isBlank() ? null : number(r, "amount", units, x -> x));
                    us.put(cellKey(u.members(), u.period()), u);
                    rows++;
                }
            }
            if (!prices.isBlank()) {
                for (CSVRecord r : csv(prices, "product", "region", "average_check", "target_margin")) {
                    String p = text(r, "product", prices);
                    String reg = text(r, "region", prices);
                    cs.put(p + "\u0000" + reg, new SalesPlan.Check(p, reg, number(r, "average_check", prices, x -> x)));
                    gs.put(p + "\u0000" + reg, new SalesPlan.Margin(p, reg, number(r, "target_margin", prices, x -> x)));
                    rows++;
                }
            }
            if (!targets.isBlank()) {
                List<CSVRecord> records = csv(targets, "period", "amount");
                checkDimensionColumns(targets, records, dims);
                for (CSVRecord r : records) {
                    Map<Dimension, String> m = new LinkedHashMap<>();
                    for (Dimension d : dims) {
                        if (r.isMapped(SalesPlan.column(d))) {
                            m.put(d, r.get(SalesPlan.column(d)));
                        }
                    }
                    SalesPlan.Target x = new SalesPlan.Target(m, text(r, "period", targets), number(r, "amount", targets, v -> v));
                    ts.put(cellKey(x.members(), x.period()), x);
                    rows++;
                }
            }
            SalesPlan next = plan.with(new ArrayList<>(ms.values()), new ArrayList<>(us.values()),
                    new ArrayList<>(cs.values()), new ArrayList<>(gs.values()), new ArrayList<>(ts.values()));
            PlanGrid g = next.grid(); // refuses bad input before anything is saved
            c.save(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE, next);
            Formats f = new Formats(provisioning.clientLocale());
            return texts().get("import.done", SalesPlan.FOLDER + name, f.count(rows), f.count(g.filledLeaves()),
                    f.money(g.total(Map.of())));
        });
    }

    /** A column naming a dimension the plan does not use is refused (the file was meant for another plan). */
    private static void checkDimensionColumns(String file, List<CSVRecord> records, List<Dimension> dims) {
        if (records.isEmpty()) {
            return;
        }
        for (String col : records.get(0).getParser().getHeaderNames()) {
            for (Dimension d : Dimension.values()) {
                if (SalesPlan.column(d).equals(col) && !dims.contains(d)) {
                    throw new PlanningException("csv.dimension", file, columns(dims),
                            String.join(",", records.get(0).getParser().getHeaderNames()));
                }
            }
        }
    }

    @Descriptor("Show a plan: its cells by period with subtotals along one dimension, the company total and the plan total")
    public String show(
            @Descriptor("money (default) or units") @Parameter(names = {"-m", "--measure"}, absentValue = "money") String measure,
            @Descriptor("the dimension to subtotal along (default: the plan's first)") @Parameter(names = {"-s", "--subtotal"}, absentValue = "") String subtotal,
            @Descriptor("plan name") String name) {
        return run(() -> {
            Texts t = texts();
            SalesPlan plan = activeClient().read(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE);
            boolean units = measure.equalsIgnoreCase("units");
            if (!units && !measure.equalsIgnoreCase("money")) {
                throw new PlanningException("cmd.measure", measure);
            }
            Dimension by = subtotal.isBlank() ? plan.dimensions().get(0) : SalesPlan.dimension(subtotal);
            if (!plan.dimensions().contains(by)) {
                throw new PlanningException("cmd.subtotal", SalesPlan.column(by), columns(plan.dimensions()));
            }
            PlanGrid g = plan.grid();
            PlanTable pt = PlanTable.of(plan, g, by, units, new Formats(provisioning.clientLocale()), t);
            Formats f = new Formats(provisioning.clientLocale());
            int[] right = new int[pt.header().size() - pt.labels()];
            for (int i = 0; i < right.length; i++) {
                right[i] = i + pt.labels();
            }
            TextTable table = new TextTable(pt.header().toArray(String[]::new)).right(right);
            pt.rows().forEach(r -> table.row(r.toArray()));
            StringBuilder sb = new StringBuilder();
            sb.append(t.get("show.title", plan.title(), t.get("mode." + plan.mode().name()),
                    t.get(units ? "measure.units" : "measure.money"))).append('\n').append(table);
            for (Map.Entry<PlanKey, Money> e : g.targets().entrySet()) {
                sb.append(t.get("show.gap", g.describe(e.getKey()), f.money(e.getValue()), f.money(g.money(e.getKey())),
                        f.money(g.gap(e.getKey())))).append('\n');
            }
            return sb.toString();
        });
    }

    @Descriptor("Export a plan as CSV: a column per dimension, period, units, money, target, gap (* = all; period 'total' = whole plan)")
    public String export(
            @Descriptor("CSV file to write (default: print)") @Parameter(names = {"-o", "--out"}, absentValue = "") String out,
            @Descriptor("plan name") String name) {
        return run(() -> {
            SalesPlan plan = activeClient().read(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE);
            PlanGrid g = plan.grid();
            List<Dimension> dims = plan.dimensions();
            StringBuilder sb = new StringBuilder(columns(dims)).append(",period,units,money,target,gap\n");
            List<List<String>> choices = new ArrayList<>();
            for (Dimension d : dims) {
                List<String> ms = new ArrayList<>(g.axes().get(dims.indexOf(d)).members());
                ms.add("*");
                choices.add(ms);
            }
            int[] at = new int[dims.size()];
            while (true) {
                Map<Dimension, String> m = new LinkedHashMap<>();
                StringBuilder prefix = new StringBuilder();
                for (int i = 0; i < dims.size(); i++) {
                    String v = choices.get(i).get(at[i]);
                    m.put(dims.get(i), v);
                    prefix.append(csvCell(v)).append(',');
                }
                Map<Dimension, String> key = SalesPlan.members(m);
                for (PlanPeriod pe : g.periods()) {
                    PlanKey k = new PlanKey(key, pe);
                    Money target = g.target(k);
                    sb.append(prefix).append(pe).append(',')
                            .append(g.units(k)).append(',').append(g.money(k).amount().toPlainString()).append(',')
                            .append(target == null ? "" : target.amount().toPlainString()).append(',')
                            .append(target == null ? "" : g.gap(k).amount().toPlainString()).append('\n');
                }
                sb.append(prefix).append("total,").append(g.totalUnits(key))
                        .append(',').append(g.total(key).amount().toPlainString()).append(",,\n");
                int i = dims.size() - 1;
                while (i >= 0 && ++at[i] == choices.get(i).size()) {
                    at[i] = 0;
                    i--;
                }
                if (i < 0) {
                    break;
                }
            }
            if (out.isBlank()) {
                return sb.toString();
            }
            write(Path.of(out), sb.toString());
            return texts().get("export.done", SalesPlan.FOLDER + name, out);
        });
    }

    @Descriptor("Growth analysis of yearly figures: growth, CAGR over n-1 intervals, year on year, shares of the total")
    public String growth(
            @Descriptor("the series holding the total (default: total)") @Parameter(names = {"--total"}, absentValue = "total") String totalId,
            @Descriptor("a revenue series id to flag years where cost grows faster") @Parameter(names = {"--revenue"}, absentValue = "") String revenueId,
            @Descriptor("CSV file (series_id,ds,y) or series/NAME") String source) {
        return run(() -> {
            Texts t = texts();
            List<TimeSeries> all = source.startsWith("series/") ? activeClient().readSeries(source.substring(7))
                    : SeriesCsv.read(Path.of(source), readText(Path.of(source)).getBytes(StandardCharsets.UTF_8));
            Map<String, GrowthAnalysis.Row> rows = new LinkedHashMap<>();
            for (TimeSeries s : all) {
                List<BigDecimal> v = new ArrayList<>();
                for (int i = 0; i < s.length(); i++) {
                    double y = s.valueAt(i);
                    if (Double.isNaN(y)) {
                        throw new PlanningException("growth.missing", s.id(), s.periodAt(i));
                    }
                    v.add(new BigDecimal(Double.toString(y)).stripTrailingZeros());
                }
                rows.put(s.id(), new GrowthAnalysis.Row(s.id(), v));
            }
            GrowthAnalysis.Row total = rows.get(totalId);
            Formats f = new Formats(provisioning.clientLocale());
            TimeSeries first = all.get(0);
            TextTable table = new TextTable(t.get("col.item"), first.periodAt(0).toString(),
                    first.periodAt(first.length() - 1).toString(), t.get("col.growth"), t.get("col.cagr"),
                    t.get("col.shareFirst"), t.get("col.shareLast")).right(1, 2, 3, 4, 5, 6);
            for (GrowthAnalysis.Row r : rows.values()) {
                GrowthAnalysis.Result res = GrowthAnalysis.analyse(r);
                String s0 = "";
                String s1 = "";
                if (total != null) {
                    List<BigDecimal> sh = GrowthAnalysis.shares(r, total);
                    s0 = f.percent(sh.get(0));
                    s1 = f.percent(sh.get(sh.size() - 1));
                }
                table.row(r.item(), f.amount(r.values().get(0), 2), f.amount(r.values().get(r.values().size() - 1), 2),
                        f.percent(res.growth()), f.percent(res.cagr()), s0, s1);
            }
            StringBuilder sb = new StringBuilder(t.get("growth.title", source, all.get(0).length() - 1)).append('\n').append(table);
            if (!revenueId.isBlank()) {
                GrowthAnalysis.Row rev = rows.get(revenueId);
                if (rev == null || total == null) {
                    throw new PlanningException("cmd.noSeries", rev == null ? revenueId : totalId, source);
                }
                List<Integer> flags = GrowthAnalysis.costFasterThanRevenue(total, rev);
                List<String> years = new ArrayList<>();
                for (int i : flags) {
                    years.add(i == 0 ? t.get("growth.wholePeriod") : first.periodAt(i).toString());
                }
                sb.append(flags.isEmpty() ? t.get("growth.noFlag") : t.get("growth.flag", String.join(", ", years))).append('\n');
            }
            return sb.toString();
        });
    }

    @Descriptor("Daily run-rate: required per working day, actual per day, projected total and shortfall")
    public String runrate(
            @Descriptor("period target") @Parameter(names = {"--target"}, absentValue = "") String target,
            @Descriptor("actual so far") @Parameter(names = {"--actual"}, absentValue = "0") String actual,
            @Descriptor("currency (default: the client's)") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("first day of the period") @Parameter(names = {"-f", "--from"}, absentValue = "") String from,
            @Descriptor("last day of the period") @Parameter(names = {"-t", "--to"}, absentValue = "") String to,
            @Descriptor("last day with actuals") @Parameter(names = {"--as-of"}, absentValue = "") String asOf,
            @Descriptor("RU, CN or MF (Monday-Friday)") @Parameter(names = {"--calendar"}, absentValue = "MF") String calendar,
            @Descriptor("folder with edited calendar files CC-YYYY.properties") @Parameter(names = {"--calendars"}, absentValue = "") String dir) {
        return run(() -> {
            Texts t = texts();
            if (target.isBlank() || from.isBlank() || to.isBlank()) {
                throw new PlanningException("cmd.runrateNeeds");
            }
            Currency cur = currency(currency.isBlank() ? "RUB" : currency);
            LocalDate f0 = date(from);
            LocalDate t0 = date(to);
            LocalDate a0 = asOf.isBlank() ? f0.minusDays(1) : date(asOf);
            WorkingCalendar cal = WorkingCalendar.of(calendar, dir.isBlank() ? null : Path.of(dir));
            RunRate r = RunRate.of(Money.of(amount(target, "--target"), cur, RoundingMode.HALF_EVEN),
                    Money.of(amount(actual, "--actual"), cur, RoundingMode.HALF_EVEN), f0, t0, a0, cal);
            Formats f = new Formats(provisioning.clientLocale());
            StringBuilder sb = new StringBuilder();
            sb.append(t.get("runrate.title", f0, t0, cal.country(), f.count(r.workingDays()), f.count(r.elapsedDays()))).append('\n');
            TextTable table = new TextTable(t.get("col.figure"), t.get("col.value")).right(1);
            table.row(t.get("rr.target"), f.money(r.target()));
            table.row(t.get("rr.required"), f.money(r.requiredPerDay()));
            table.row(t.get("rr.actual"), f.money(r.actual()));
            table.row(t.get("rr.actualPerDay"), f.money(r.actualPerDay()));
            table.row(t.get("rr.projected"), f.money(r.projected()));
            table.row(t.get("rr.shortfall"), f.money(r.shortfall()));
            table.row(t.get("rr.forRest"), f.money(r.requiredForRest()));
            sb.append(table);
            if (r.elapsedDays() > 0) {
                Money expected = Quotas.expectedToDate(r.target(), r.elapsedDays(), r.workingDays());
                Quotas.Status st = Quotas.status(expected, r.actual(), new BigDecimal("0.05"));
                sb.append(t.get("rr.status", t.get("status." + st.name()), f.money(expected))).append('\n');
            }
            if (r.behind()) {
                sb.append(t.get("rr.behind")).append('\n');
            }
            return sb.toString();
        });
    }


    @Descriptor("Top-down: set a target on a cell and split it over the plan's months inside its period by weights or a seasonal profile, with locks and overrides; saved with the plan")
    public String split(
            @Descriptor("the target amount") @Parameter(names = {"--target"}, absentValue = "") String target,
            @Descriptor("the target's period: 2026, 2026-Q3, 2026-H2 ...") @Parameter(names = {"--period"}, absentValue = "") String period,
            @Descriptor("manager of the target cell (default: all)") @Parameter(names = {"--manager"}, absentValue = "*") String manager,
            @Descriptor("product of the target cell (default: all)") @Parameter(names = {"--product"}, absentValue = "*") String product,
            @Descriptor("members of the target cell in any dimension, e.g. region=Kazan,client_kind=retail (default: all)") @Parameter(names = {"--at"}, absentValue = "") String at,
            @Descriptor("one weight per month, e.g. 8,8,14") @Parameter(names = {"-w", "--weights"}, absentValue = "") String weights,
            @Descriptor("a seasonal profile of the active client (seasonal-profiles/NAME) as the weights") @Parameter(names = {"--profile"}, absentValue = "") String profile,
            @Descriptor("locked months, e.g. 2026-08=3000000") @Parameter(names = {"-l", "--lock"}, absentValue = "") String locks,
            @Descriptor("typed months, e.g. 2026-07=900000") @Parameter(names = {"--override"}, absentValue = "") String overrides,
            @Descriptor("plan name") String name) {
        return run(() -> {
            Texts t = texts();
            if (target.isBlank() || period.isBlank() || (weights.isBlank() == profile.isBlank())) {
                throw new PlanningException("cmd.splitNeeds");
            }
            ClientWorkspace c = activeClient();
            SalesPlan plan = c.read(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE);
            PlanGrid g = plan.grid();
            Map<Dimension, String> cell = new java.util.EnumMap<>(Dimension.class);
            cell.putAll(SalesPlan.managerProduct(manager, product));
            for (String pair : at.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                if (kv.length != 2 || kv[1].isBlank()) {
                    throw new PlanningException("cmd.at", pair);
                }
                cell.put(SalesPlan.dimension(kv[0]), kv[1].trim());
            }
            for (Dimension d : SalesPlan.members(cell).keySet()) {
                if (!plan.dimensions().contains(d)) {
                    throw new PlanningException("cmd.noDimension", SalesPlan.column(d), columns(plan.dimensions()));
                }
            }
            PlanKey parent = SalesPlan.key(cell, period);
            Money goal = Money.of(amount(target, "--target"), g.currency(), RoundingMode.HALF_EVEN);
            g.setTarget(parent, goal);
            List<PlanPeriod> inside = new ArrayList<>();
            for (PlanPeriod p : g.periods()) {
                if (!p.start().isBefore(parent.period().start()) && !p.end().isAfter(parent.period().end())) {
                    inside.add(p);
                }
            }
            double[] w = new double[inside.size()];
            if (!profile.isBlank()) {
                SeasonalProfile sp = c.read(SeasonalProfile.FOLDER + profile, SeasonalProfile.DOCUMENT_TYPE);
                for (int i = 0; i < w.length; i++) {
                    w[i] = sp.indexOf(inside.get(i));
                }
            } else {
                String[] parts = weights.split(",");
                if (parts.length != w.length) {
                    throw new PlanningException("cmd.weightsCount", parts.length, w.length, parent.period());
                }
                for (int i = 0; i < w.length; i++) {
                    try {
                        w[i] = Double.parseDouble(parts[i].trim());
                    } catch (NumberFormatException e) {
                        throw new PlanningException("cmd.number", "--weights", parts[i]);
                    }
                }
            }
            Map<PlanKey, Money> cells = g.splitOverPeriods(parent, w, monthAmounts(locks, g), monthAmounts(overrides, g));
            List<SalesPlan.Target> ts = new ArrayList<>();
            for (SalesPlan.Target x : plan.targets()) {
                PlanKey k = SalesPlan.key(x.members(), x.period());
                if (!k.equals(parent) && !cells.containsKey(k)) {
                    ts.add(x);
                }
            }
            ts.add(new SalesPlan.Target(parent.members(), parent.period().toString(), goal.amount()));
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.period"), t.get("col.target"), t.get("col.bottomUp"), t.get("col.gap")).right(1, 2, 3);
            for (Map.Entry<PlanKey, Money> e : cells.entrySet()) {
                ts.add(new SalesPlan.Target(parent.members(), e.getKey().period().toString(), e.getValue().amount()));
                table.row(e.getKey().period(), f.money(e.getValue()), f.money(g.money(e.getKey())), f.money(g.gap(e.getKey())));
            }
            table.row(parent.period(), f.money(goal), f.money(g.money(parent)), f.money(g.gap(parent)));
            c.save(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE,
                    plan.with(plan.managers(), plan.cells(), plan.averageCheck(), plan.targetMargin(), ts));
            return t.get("split.title", g.describe(parent), f.money(goal)) + "\n" + table;
        });
    }

    private static Map<PlanPeriod, Money> monthAmounts(String text, PlanGrid g) {
        Map<PlanPeriod, Money> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return out;
        }
        for (String pair : text.split(",")) {
            String[] kv = pair.split("=");
            if (kv.length != 2) {
                throw new PlanningException("cmd.pair", pair.trim());
            }
            PlanPeriod p;
            try {
                p = PlanPeriod.parse(kv[0].trim());
            } catch (IllegalArgumentException e) {
                throw new PlanningException("doc.badPeriod", kv[0].trim(), pair.trim());
            }
            out.put(p, Money.of(amount(kv[1], kv[0].trim()), g.currency(), RoundingMode.HALF_EVEN));
        }
        return out;
    }

    @Descriptor("Check that per-rep quotas (CSV rep,period,amount,currency) cover a period target")
    public String quotas(
            @Descriptor("the period target") @Parameter(names = {"--target"}, absentValue = "") String target,
            @Descriptor("the target's currency") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("the target's period, e.g. 2027-Q1") @Parameter(names = {"-p", "--period"}, absentValue = "") String period,
            @Descriptor("quotas CSV: rep,period,amount,currency") String file) {
        return run(() -> {
            Texts t = texts();
            if (target.isBlank() || currency.isBlank() || period.isBlank()) {
                throw new PlanningException("cmd.quotasNeeds");
            }
            Currency cur = currency(currency);
            PlanPeriod pp;
            try {
                pp = PlanPeriod.parse(period);
            } catch (IllegalArgumentException e) {
                throw new PlanningException("doc.badPeriod", period, "--period");
            }
            List<Quotas.Quota> qs = new ArrayList<>();
            for (CSVRecord r : csv(file, "rep", "period", "amount", "currency")) {
                PlanPeriod qp;
                try {
                    qp = PlanPeriod.parse(text(r, "period", file));
                } catch (IllegalArgumentException e) {
                    throw new PlanningException("csv.period", file, r.getRecordNumber() + 1, r.get("period"));
                }
                Currency qc;
                try {
                    qc = Currency.getInstance(text(r, "currency", file).toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new PlanningException("csv.currency", file, r.getRecordNumber() + 1, r.get("currency"));
                }
                BigDecimal a = number(r, "amount", file, x -> x);
                qs.add(new Quotas.Quota(text(r, "rep", file), qp, Money.of(a, qc, RoundingMode.HALF_EVEN)));
            }
            Quotas.Coverage cov = Quotas.cover(pp, Money.of(amount(target, "--target"), cur, RoundingMode.HALF_EVEN), qs);
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.rep"), t.get("col.period"), t.get("col.quota")).right(2);
            for (Quotas.Quota q : qs) {
                table.row(q.rep(), q.period(), f.money(q.amount()));
            }
            return t.get("quotas.title", pp, f.money(cov.target())) + "\n" + table
                    + (cov.covered() ? t.get("quotas.covered", f.money(cov.quotas()))
                            : t.get("quotas.uncovered", f.money(cov.quotas()), f.money(cov.uncovered()))) + "\n";
        });
    }


    @Descriptor("Forecast against actual from a CSV (item,family,rep,region,industry,month,forecast,actual[,made]): ABC classes, bands, 3-month rolling, slices, persistent deviators")
    public String accuracy(
            @Descriptor("ABC thresholds A,B as value shares (default 0.80,0.15)") @Parameter(names = {"--abc"}, absentValue = "0.80,0.15") String abc,
            @Descriptor("judge the forecast version made this many months before (needs the made column; default: latest)") @Parameter(names = {"--lag"}, absentValue = "0") String lag,
            @Descriptor("the month judged (default: the last in the file)") @Parameter(names = {"-m", "--month"}, absentValue = "") String month,
            @Descriptor("CSV file") String file) {
        return run(() -> {
            Texts t = texts();
            String[] ab = abc.split(",");
            if (ab.length != 2) {
                throw new PlanningException("cmd.abc", abc);
            }
            ForecastAccuracy.AbcThresholds th = new ForecastAccuracy.AbcThresholds(amount(ab[0], "--abc"), amount(ab[1], "--abc"));
            int lagMonths = amount(lag, "--lag").intValue();
            List<CSVRecord> rows = csv(file, "item", "family", "rep", "region", "industry", "month", "forecast", "actual");
            boolean versioned = !rows.isEmpty() && rows.get(0).isMapped("made");
            Map<String, ForecastAccuracy.Versions> versions = new LinkedHashMap<>();
            Map<String, Map<java.time.YearMonth, BigDecimal>> actuals = new LinkedHashMap<>();
            Map<String, Map<String, String>> attrs = new LinkedHashMap<>();
            Map<String, Map<java.time.YearMonth, Map<java.time.YearMonth, BigDecimal>>> byMade = new LinkedHashMap<>();
            java.time.YearMonth last = null;
            for (CSVRecord r : rows) {
                String item = text(r, "item", file);
                java.time.YearMonth m = yearMonth(r, "month", file);
                java.time.YearMonth made = versioned ? yearMonth(r, "made", file) : m;
                byMade.computeIfAbsent(item, k -> new java.util.TreeMap<>()).computeIfAbsent(made, k -> new LinkedHashMap<>())
                        .put(m, number(r, "forecast", file, x -> x));
                if (!r.get("actual").isBlank()) {
                    actuals.computeIfAbsent(item, k -> new LinkedHashMap<>()).put(m, number(r, "actual", file, x -> x));
                }
                attrs.put(item, Map.of("family", text(r, "family", file), "rep", text(r, "rep", file),
                        "region", text(r, "region", file), "industry", text(r, "industry", file)));
                if (last == null || m.isAfter(last)) {
                    last = m;
                }
            }
            byMade.forEach((item, vs) -> {
                ForecastAccuracy.Versions v = new ForecastAccuracy.Versions();
                vs.forEach(v::add);
                versions.put(item, v);
            });
            java.time.YearMonth judged = month.isBlank() ? last : java.time.YearMonth.parse(month.trim());
            // per item and month: the forecast judged (frozen at the lag) and the actual
            List<ForecastAccuracy.Observation> obs = new ArrayList<>();
            Map<String, Map<java.time.YearMonth, BigDecimal>> judgedForecast = new LinkedHashMap<>();
            for (Map.Entry<String, Map<java.time.YearMonth, BigDecimal>> e : actuals.entrySet()) {
                for (Map.Entry<java.time.YearMonth, BigDecimal> a : e.getValue().entrySet()) {
                    BigDecimal f = lagMonths > 0 ? versions.get(e.getKey()).frozen(e.getKey(), a.getKey(), lagMonths)
                            : versions.get(e.getKey()).latest(e.getKey(), a.getKey());
                    judgedForecast.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(a.getKey(), f);
                    obs.add(new ForecastAccuracy.Observation(attrs.get(e.getKey()), a.getKey(), f, a.getValue()));
                }
            }
            Map<String, BigDecimal> value = new LinkedHashMap<>();
            actuals.forEach((item, byMonth) -> value.put(item, byMonth.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            Map<String, ForecastAccuracy.AbcClass> classes = ForecastAccuracy.abc(value, th);
            ForecastAccuracy.Tolerances tol = ForecastAccuracy.Tolerances.DEFAULT;
            Formats f = new Formats(provisioning.clientLocale());
            TextTable items = new TextTable(t.get("col.item"), "ABC", t.get("col.forecast"), t.get("col.actual"),
                    t.get("col.deviation"), t.get("col.band"), t.get("col.rolling3"), t.get("col.verdict")).right(2, 3, 4, 5, 6);
            for (String item : classes.keySet()) {
                BigDecimal fc = judgedForecast.get(item).get(judged);
                BigDecimal ac = actuals.get(item).get(judged);
                if (fc == null || ac == null) {
                    continue;
                }
                BigDecimal dev = ForecastAccuracy.deviation(item + " " + judged, fc, ac);
                BigDecimal band = tol.of(classes.get(item));
                String rolling = "";
                boolean ok = ForecastAccuracy.within(dev, band);
                try {
                    BigDecimal r3 = ForecastAccuracy.rolling3(item, judgedForecast.get(item), actuals.get(item), judged);
                    rolling = f.percent(r3);
                } catch (PlanningException e) {
                    rolling = Formats.NONE;
                }
                items.row(item, classes.get(item), f.amount(fc, 2), f.amount(ac, 2), f.percent(dev), f.percent(band),
                        rolling, t.get(ok ? "verdict.ok" : "verdict.out"));
            }
            StringBuilder sb = new StringBuilder(t.get("accuracy.title", file, judged,
                    lagMonths > 0 ? t.get("accuracy.frozen", lagMonths) : t.get("accuracy.latest"))).append('\n').append(items);
            for (String attribute : List.of("family", "region", "rep", "industry")) {
                TextTable st = new TextTable(t.get("col.slice." + attribute), t.get("col.forecast"), t.get("col.actual"),
                        t.get("col.deviation")).right(1, 2, 3);
                List<ForecastAccuracy.Observation> month0 = obs.stream().filter(o -> o.month().equals(judged)).toList();
                for (ForecastAccuracy.Slice s0 : ForecastAccuracy.slice(month0, attribute)) {
                    st.row(s0.value(), f.amount(s0.forecast(), 2), f.amount(s0.actual(), 2), f.percent(s0.deviation()));
                }
                sb.append(st);
            }
            Map<String, Integer> deviators = ForecastAccuracy.persistentDeviators(obs, "rep", tol.item(), 3, 3);
            sb.append(deviators.isEmpty() ? t.get("accuracy.noDeviators")
                    : t.get("accuracy.deviators", String.join(", ", deviators.keySet()))).append('\n');
            return sb.toString();
        });
    }

    // ------------------------------------------------------------------ the other plans (planning.md 5, 7)

    private static final List<String> BASIS_FIGURES = List.of("sales", "variable_costs", "marginal_rate", "fixed_costs",
            "planned_profit", "planned_assets", "turns_per_year", "pre_tax_profit", "pre_tax_margin", "headcount",
            "value_added_per_person", "value_added_rate", "credit_receivables", "notes_received", "average_daily_sales");

    @Descriptor("Annual plan bases and receivable days from a CSV figure,value (rates in %)")
    public String bases(@Descriptor("CSV file: figure,value") String file) {
        return run(() -> {
            Texts t = texts();
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            for (CSVRecord r : csv(file, "figure", "value")) {
                String fig = text(r, "figure", file).toLowerCase(Locale.ROOT);
                if (!BASIS_FIGURES.contains(fig)) {
                    throw new PlanningException("csv.unknownName", file, r.getRecordNumber() + 1, fig,
                            String.join(", ", BASIS_FIGURES));
                }
                v.put(fig, number(r, "value", file, x -> x));
            }
            Formats f = new Formats(provisioning.clientLocale());
            Map<String, String> rows = new LinkedHashMap<>();
            BigDecimal rate = v.get("marginal_rate");
            if (rate == null && v.containsKey("sales") && v.containsKey("variable_costs")) {
                rate = PlanBases.marginalProfitRate(v.get("variable_costs"), v.get("sales"));
            }
            if (rate != null) {
                rows.put(("basis.marginalRate"), f.amount(rate, 2));
            }
            if (rate != null && v.containsKey("fixed_costs") && v.containsKey("planned_profit")) {
                rows.put(("basis.breakEven"), f.amount(PlanBases.breakEven(v.get("fixed_costs"), v.get("planned_profit"), rate), 2));
            }
            if (v.containsKey("planned_assets") && v.containsKey("turns_per_year")) {
                rows.put(("basis.assetTurnover"), f.amount(PlanBases.assetTurnover(v.get("planned_assets"), v.get("turns_per_year")), 2));
            }
            if (v.containsKey("pre_tax_profit") && v.containsKey("pre_tax_margin")) {
                rows.put(("basis.netMargin"), f.amount(PlanBases.netMargin(v.get("pre_tax_profit"), v.get("pre_tax_margin")), 2));
            }
            if (v.containsKey("headcount") && v.containsKey("value_added_per_person") && v.containsKey("value_added_rate")) {
                rows.put(("basis.valueAdded"), f.amount(PlanBases.valueAdded(v.get("headcount"),
                        v.get("value_added_per_person"), v.get("value_added_rate")), 2));
            }
            if (v.containsKey("credit_receivables") && v.containsKey("average_daily_sales")) {
                rows.put(("basis.receivableDays"), f.amount(PlanBases.receivableDays(v.get("credit_receivables"),
                        v.getOrDefault("notes_received", BigDecimal.ZERO), v.get("average_daily_sales")), 1));
            }
            if (rows.isEmpty()) {
                throw new PlanningException("cmd.noBasis", file);
            }
            TextTable table = new TextTable(t.get("col.basis"), t.get("col.value")).right(1);
            rows.forEach((k, x) -> table.row(t.get(k), x));
            return t.get("bases.title", file) + "\n" + table;
        });
    }

    @Descriptor("The budget frozen on approval and the forecast revised beside it, each revision with its reason")
    public String budget(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("budget CSV: month,amount") @Parameter(names = {"-b", "--budget"}, absentValue = "") String budgetFile,
            @Descriptor("revisions CSV: month,amount,reason,note (reason foreseeable or unforeseeable)") @Parameter(names = {"-r", "--revisions"}, absentValue = "") String revisionsFile) {
        return run(() -> {
            Texts t = texts();
            if (currency.isBlank() || budgetFile.isBlank()) {
                throw new PlanningException("cmd.needs", "plan:budget", "--currency, --budget");
            }
            Currency cur = currency(currency);
            Budget b = new Budget();
            List<java.time.YearMonth> months = new ArrayList<>();
            for (CSVRecord r : csv(budgetFile, "month", "amount")) {
                java.time.YearMonth m = yearMonth(r, "month", budgetFile);
                b.setBudget(m, money(number(r, "amount", budgetFile, x -> x), cur));
                months.add(m);
            }
            b.approve();
            if (!revisionsFile.isBlank()) {
                for (CSVRecord r : csv(revisionsFile, "month", "amount", "reason", "note")) {
                    java.time.YearMonth m = yearMonth(r, "month", revisionsFile);
                    String reason = text(r, "reason", revisionsFile).toUpperCase(Locale.ROOT);
                    Budget.Reason why;
                    try {
                        why = Budget.Reason.valueOf(reason);
                    } catch (IllegalArgumentException e) {
                        throw new PlanningException("csv.reason", revisionsFile, r.getRecordNumber() + 1, r.get("reason"));
                    }
                    String note = r.get("note");
                    if (note == null || note.isBlank()) {
                        throw new PlanningException("csv.empty", revisionsFile, r.getRecordNumber() + 1, "note");
                    }
                    b.revise(m, money(number(r, "amount", revisionsFile, x -> x), cur), why, note);
                }
            }
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.month"), t.get("col.budget"), t.get("col.forecast"),
                    t.get("col.variance")).right(1, 2, 3);
            Money tb = Money.zero(cur);
            Money tf = Money.zero(cur);
            for (java.time.YearMonth m : months) {
                table.row(m, f.money(b.budget(m)), f.money(b.forecast(m)), f.money(b.variance(m)));
                tb = tb.plus(b.budget(m));
                tf = tf.plus(b.forecast(m));
            }
            table.row(t.get("col.total"), f.money(tb), f.money(tf), f.money(tf.minus(tb)));
            StringBuilder sb = new StringBuilder(t.get("budget.title", cur.getCurrencyCode(), f.count(b.revisions().size())))
                    .append('\n').append(table);
            if (!b.revisions().isEmpty()) {
                TextTable rs = new TextTable(t.get("col.month"), t.get("col.from"), t.get("col.to"), t.get("col.reason"),
                        t.get("col.note")).right(1, 2);
                for (Budget.Revision r : b.revisions()) {
                    rs.row(r.month(), f.money(r.from()), f.money(r.to()), t.get("reason." + r.reason().name()), r.note());
                }
                sb.append(rs);
            }
            return sb.toString();
        });
    }

    @Descriptor("Planning vectors: the sub-plans (new clients, existing growth, products, receivables, win-back) and their sum")
    public String vectors(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("CSV file: vector,amount") String file) {
        return run(() -> {
            Texts t = texts();
            if (currency.isBlank()) {
                throw new PlanningException("cmd.needs", "plan:vectors", "--currency");
            }
            Currency cur = currency(currency);
            Map<OtherPlans.Vector, Money> vs = new java.util.EnumMap<>(OtherPlans.Vector.class);
            for (CSVRecord r : csv(file, "vector", "amount")) {
                String name = text(r, "vector", file);
                OtherPlans.Vector v;
                try {
                    v = OtherPlans.Vector.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
                } catch (IllegalArgumentException e) {
                    throw new PlanningException("csv.unknownName", file, r.getRecordNumber() + 1, name,
                            "new-clients, existing-growth, products, receivables, win-back");
                }
                vs.merge(v, money(number(r, "amount", file, x -> x), cur), Money::plus);
            }
            Money total = OtherPlans.vectorsTotal(vs, Money.zero(cur));
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.vector"), t.get("col.amount"), t.get("col.share")).right(1, 2);
            vs.forEach((v, m) -> table.row(t.get("vector." + v.name()), f.money(m), total.isZero() ? Formats.NONE
                    : f.percent(m.amount().divide(total.amount(), java.math.MathContext.DECIMAL64))));
            table.row(t.get("col.total"), f.money(total), total.isZero() ? Formats.NONE : f.percent(BigDecimal.ONE));
            return t.get("vectors.title") + "\n" + table;
        });
    }

    @Descriptor("Sales expense plan: variable rate x each month's plan + the fixed expense spread evenly")
    public String expenses(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("variable expense as a fraction of the plan, e.g. 0.05") @Parameter(names = {"--rate"}, absentValue = "") String rate,
            @Descriptor("fixed expense over the whole plan") @Parameter(names = {"--fixed"}, absentValue = "0") String fixed,
            @Descriptor("CSV file: month,plan") String file) {
        return run(() -> {
            Texts t = texts();
            if (currency.isBlank() || rate.isBlank()) {
                throw new PlanningException("cmd.needs", "plan:expenses", "--currency, --rate");
            }
            Currency cur = currency(currency);
            List<java.time.YearMonth> months = new ArrayList<>();
            List<Money> plan = new ArrayList<>();
            for (CSVRecord r : csv(file, "month", "plan")) {
                months.add(yearMonth(r, "month", file));
                plan.add(money(number(r, "plan", file, x -> x), cur));
            }
            BigDecimal vr = amount(rate, "--rate");
            Money fx = money(amount(fixed, "--fixed"), cur);
            List<Money> exp = OtherPlans.expensePlan(plan, vr, fx);
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.month"), t.get("col.plan"), t.get("col.expense")).right(1, 2);
            Money tp = Money.zero(cur);
            Money te = Money.zero(cur);
            for (int i = 0; i < months.size(); i++) {
                table.row(months.get(i), f.money(plan.get(i)), f.money(exp.get(i)));
                tp = tp.plus(plan.get(i));
                te = te.plus(exp.get(i));
            }
            table.row(t.get("col.total"), f.money(tp), f.money(te));
            return t.get("expenses.title", f.percent(vr), f.money(fx)) + "\n" + table;
        });
    }

    @Descriptor("Collection plan: cash collected each month from the sales plan and the collection pattern")
    public String collection(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("shares of a month's sales collected 0, 1, 2... months later, e.g. 0.5,0.3,0.2") @Parameter(names = {"--pattern"}, absentValue = "") String pattern,
            @Descriptor("CSV file: month,sales") String file) {
        return run(() -> {
            Texts t = texts();
            if (currency.isBlank() || pattern.isBlank()) {
                throw new PlanningException("cmd.needs", "plan:collection", "--currency, --pattern");
            }
            Currency cur = currency(currency);
            List<BigDecimal> shares = new ArrayList<>();
            for (String s : pattern.split(",")) {
                shares.add(amount(s, "--pattern"));
            }
            List<java.time.YearMonth> months = new ArrayList<>();
            List<Money> sales = new ArrayList<>();
            for (CSVRecord r : csv(file, "month", "sales")) {
                java.time.YearMonth m = yearMonth(r, "month", file);
                if (!months.isEmpty() && !m.equals(months.get(months.size() - 1).plusMonths(1))) {
                    throw new PlanningException("csv.notConsecutive", file, r.getRecordNumber() + 1, m);
                }
                months.add(m);
                sales.add(money(number(r, "sales", file, x -> x), cur));
            }
            if (sales.isEmpty()) {
                throw new PlanningException("grid.noPeriods");
            }
            List<Money> cash = OtherPlans.collectionPlan(sales, shares);
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.month"), t.get("col.sales"), t.get("col.collected")).right(1, 2);
            Money ts = Money.zero(cur);
            Money tc = Money.zero(cur);
            for (int i = 0; i < cash.size(); i++) {
                Money s = i < sales.size() ? sales.get(i) : null;
                table.row(months.get(0).plusMonths(i), s == null ? Formats.NONE : f.money(s), f.money(cash.get(i)));
                ts = s == null ? ts : ts.plus(s);
                tc = tc.plus(cash.get(i));
            }
            table.row(t.get("col.total"), f.money(ts), f.money(tc));
            return t.get("collection.title", pattern) + "\n" + table;
        });
    }

    @Descriptor("Change efficiency: effect / investment x 100 over 6 or 12 months")
    public String efficiency(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("the effect (extra gross profit) over the window") @Parameter(names = {"--effect"}, absentValue = "") String effect,
            @Descriptor("the investment") @Parameter(names = {"--investment"}, absentValue = "") String investment,
            @Descriptor("window in months: 6 or 12") @Parameter(names = {"-w", "--window"}, absentValue = "12") String window) {
        return run(() -> {
            if (currency.isBlank() || effect.isBlank() || investment.isBlank()) {
                throw new PlanningException("cmd.needs", "plan:efficiency", "--currency, --effect, --investment");
            }
            Currency cur = currency(currency);
            Money e = money(amount(effect, "--effect"), cur);
            Money i = money(amount(investment, "--investment"), cur);
            int w = amount(window, "--window").intValue();
            BigDecimal eff = OtherPlans.changeEfficiency(e, i, w);
            Formats f = new Formats(provisioning.clientLocale());
            return texts().get("efficiency.result", w, f.money(e), f.money(i), f.amount(eff, 1)) + "\n";
        });
    }

    @Descriptor("A rep's annual target decomposed into sub-targets by shares, and the activity targets")
    public String decompose(
            @Descriptor("currency, e.g. RUB") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("the annual target") @Parameter(names = {"--target"}, absentValue = "") String target,
            @Descriptor("shares CSV: sub_target,share (shares add up to 1)") @Parameter(names = {"-s", "--shares"}, absentValue = "") String sharesFile,
            @Descriptor("activity CSV: class,customers,visits_per_month") @Parameter(names = {"-a", "--activity"}, absentValue = "") String activityFile,
            @Descriptor("working days a month (default 21)") @Parameter(names = {"--working-days"}, absentValue = "21") String workingDays,
            @Descriptor("the rep") String rep) {
        return run(() -> {
            Texts t = texts();
            if (currency.isBlank() || target.isBlank() || (sharesFile.isBlank() && activityFile.isBlank())) {
                throw new PlanningException("cmd.needs", "plan:decompose", "--currency, --target, --shares or --activity");
            }
            Currency cur = currency(currency);
            Money annual = money(amount(target, "--target"), cur);
            Formats f = new Formats(provisioning.clientLocale());
            StringBuilder sb = new StringBuilder(t.get("decompose.title", rep, f.money(annual))).append('\n');
            if (!sharesFile.isBlank()) {
                Map<String, BigDecimal> shares = new LinkedHashMap<>();
                for (CSVRecord r : csv(sharesFile, "sub_target", "share")) {
                    shares.merge(text(r, "sub_target", sharesFile), number(r, "share", sharesFile, x -> x), BigDecimal::add);
                }
                Map<String, Money> parts = OtherPlans.decompose(annual, shares, rep);
                TextTable table = new TextTable(t.get("col.subTarget"), t.get("col.share"), t.get("col.amount")).right(1, 2);
                parts.forEach((k, m) -> table.row(k, f.percent(shares.get(k)), f.money(m)));
                table.row(t.get("col.total"), f.percent(BigDecimal.ONE), f.money(annual));
                sb.append(table);
            }
            if (!activityFile.isBlank()) {
                Map<String, Integer> customers = new LinkedHashMap<>();
                Map<String, Integer> visits = new LinkedHashMap<>();
                for (CSVRecord r : csv(activityFile, "class", "customers", "visits_per_month")) {
                    String k = text(r, "class", activityFile);
                    customers.put(k, number(r, "customers", activityFile, BigDecimal::intValueExact));
                    visits.put(k, number(r, "visits_per_month", activityFile, BigDecimal::intValueExact));
                }
                int days = amount(workingDays, "--working-days").intValue();
                OtherPlans.Activity a = OtherPlans.activity(customers, visits, days);
                TextTable table = new TextTable(t.get("col.class"), t.get("col.customers"), t.get("col.visitsPerMonth"),
                        t.get("col.workload")).right(1, 2, 3);
                customers.forEach((k, n) -> table.row(k, f.count(n), f.count(visits.get(k)), f.count((long) n * visits.get(k))));
                sb.append(table).append(t.get("decompose.activity", f.count(a.visitsPerMonth()),
                        f.amount(a.visitsPerWorkingDay(), 2), days)).append('\n');
            }
            return sb.toString();
        });
    }

    private static Money money(BigDecimal amount, Currency cur) {
        return Money.of(amount, cur, RoundingMode.HALF_EVEN);
    }

    private static java.time.YearMonth yearMonth(CSVRecord r, String column, String file) {
        String v = text(r, column, file);
        try {
            return java.time.YearMonth.parse(v);
        } catch (DateTimeParseException e) {
            throw new PlanningException("csv.period", file, r.getRecordNumber() + 1, v);
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private static String run(java.util.function.Supplier<String> body) {
        try {
            return body.get();
        } catch (PlanningException e) {
            throw new IllegalArgumentException(e.getLocalizedMessage(Locale.getDefault()), e);
        }
    }

    private ClientWorkspace activeClient() {
        ClientId id = provisioning.requireActiveClient();
        return workspace.client(id);
    }

    private static Currency currency(String code) {
        try {
            return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new PlanningException("cmd.currency", code);
        }
    }

    private static PriceMode mode(String m) {
        return switch (m.trim().toLowerCase(Locale.ROOT)) {
            case "markup" -> PriceMode.MARKUP;
            case "margin", "margin-on-price" -> PriceMode.MARGIN_ON_PRICE;
            default -> throw new PlanningException("doc.priceMode", m);
        };
    }

    private static LocalDate date(String s) {
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            throw new PlanningException("cmd.date", s);
        }
    }

    private static BigDecimal amount(String s, String option) {
        try {
            return new BigDecimal(s.trim());
        } catch (NumberFormatException e) {
            throw new PlanningException("cmd.number", option, s);
        }
    }

    private static List<CSVRecord> csv(String file, String... columns) {
        String text = readText(Path.of(file));
        try (Reader r = new java.io.StringReader(text)) {
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).build().parse(r).getRecords();
            List<String> header = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build()
                    .parse(new java.io.StringReader(text)).getHeaderNames();
            for (String c : columns) {
                if (!header.contains(c)) {
                    throw new PlanningException("csv.column", file, c, String.join(",", columns));
                }
            }
            return rows;
        } catch (IOException | IllegalArgumentException e) {
            if (e instanceof PlanningException p) {
                throw p;
            }
            throw new PlanningException("csv.bad", file, e.getMessage());
        }
    }

    private static String text(CSVRecord r, String column, String file) {
        String v = r.isConsistent() ? r.get(column) : null;
        if (v == null || v.isBlank()) {
            throw new PlanningException("csv.empty", file, r.getRecordNumber() + 1, column);
        }
        return v;
    }

    private static <T> T number(CSVRecord r, String column, String file, Function<BigDecimal, T> as) {
        String v = text(r, column, file);
        try {
            return as.apply(new BigDecimal(v));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new PlanningException("csv.number", file, r.getRecordNumber() + 1, column, v);
        }
    }

    private static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    private static String readText(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new PlanningException("cmd.noFile", p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path p, String text) {
        try {
            if (p.getParent() != null) {
                Files.createDirectories(p.getParent());
            }
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
