package com.salesworkbench.motivation.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.motivation.Activity;
import com.salesworkbench.motivation.ActivityCsv;
import com.salesworkbench.motivation.Contest;
import com.salesworkbench.motivation.ContestResult;
import com.salesworkbench.motivation.Contests;
import com.salesworkbench.motivation.Dynamics;
import com.salesworkbench.motivation.Figures;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayException;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.Problem;
import com.salesworkbench.motivation.SchemeLinter;
import com.salesworkbench.motivation.SchemeRun;
import com.salesworkbench.motivation.Statement;
import com.salesworkbench.motivation.TeamResult;
import com.salesworkbench.motivation.WhatIf;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code pay:*}: schemes in, statements, contests, what-if and lint out. */
@Component(service = PayCommands.class, property = {
        "osgi.command.scope=pay",
        "osgi.command.function=rules",
        "osgi.command.function=import",
        "osgi.command.function=figures",
        "osgi.command.function=schemes",
        "osgi.command.function=evaluate",
        "osgi.command.function=statement",
        "osgi.command.function=contest",
        "osgi.command.function=whatif",
        "osgi.command.function=lint",
        "osgi.command.function=dynamics"})
public class PayCommands {
    static final String UNSET = "";

    @Reference
    Provisioning provisioning;

    @Reference
    Workspace workspace;

    @Reference
    RuleRegistry registry;

    static Texts texts() {
        return Texts.of(PayCommands.class, Locale.getDefault());
    }

    private Formats formats() {
        return new Formats(provisioning.clientLocale());
    }

    private ClientWorkspace client() {
        ClientId id = provisioning.requireActiveClient();
        return workspace.client(id);
    }

    private interface Body {
        String run() throws IOException;
    }

    static String localise(String key, String english, Object... args) {
        String s = texts().get(key, args);
        return s.startsWith("!") ? english : s;
    }

    static String localise(Problem p) {
        return localise(p.key(), p.message(), p.args().toArray());
    }

    private static String run(Body body) {
        try {
            return body.run();
        } catch (PayException e) {
            throw new IllegalArgumentException(localise(e.key(), e.getMessage(), e.args()), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(texts().get("error.noFile", e.getFile()), e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(texts().get("error.schemeJson", e.getOriginalMessage()), e);
        } catch (IOException | WorkspaceException e) {
            throw new IllegalArgumentException(texts().get("error.io", e.getMessage()), e);
        }
    }

    /** A saved scheme by name, or a scheme JSON file (a path ending in .json). */
    PayScheme scheme(String ref) throws IOException {
        if (ref.endsWith(".json")) {
            return Json.mapper().readValue(Files.readString(Path.of(ref), StandardCharsets.UTF_8), PayScheme.class);
        }
        return client().find(PaySchemes.path(ref), PaySchemes.SCHEME).orElseThrow(() -> new PayException("error.noScheme",
                "No pay scheme '" + ref + "' for this client; import one with pay:import", ref));
    }

    static List<Activity> activity(String file) throws IOException {
        return ActivityCsv.read(new StringReader(Files.readString(Path.of(file), StandardCharsets.UTF_8)));
    }

    /** A statement line's inputs with their names in the reader's language: "target incentive = 60,000; ...". */
    static String inputs(PayLine l, PayRule rule, boolean fixed, Texts t, Formats f, Locale loc) {
        StringBuilder in = new StringBuilder();
        new TreeMap<>(l.inputs()).forEach((k, v) -> in.append(in.length() == 0 ? "" : "; ")
                .append(fixed ? t.get("input.fixed") : rule != null ? rule.inputName(k, loc) : k).append(" = ").append(f.amount(v, 6)));
        return in.toString();
    }

    static YearMonth month(String text) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new PayException("error.month", "'" + text + "' is not a month (2026-03)", text);
        }
    }

    private void problems(StringBuilder sb, List<Problem> problems) {
        if (!problems.isEmpty()) {
            sb.append(texts().get("problems", problems.size())).append('\n');
            problems.forEach(p -> sb.append("  ").append(p.subject()).append(": ").append(localise(p)).append('\n'));
        }
    }

    // ------------------------------------------------------------------------------------------------ rules
    @Descriptor("List the pay rule types the installed bundles provide")
    public String rules() {
        TextTable t = new TextTable(texts().get("col.type"), texts().get("col.title"));
        for (String type : registry.types()) {
            PayRule r = registry.rule(type);
            if (r != null) {
                t.row(type, r.title(Locale.getDefault()));
            }
        }
        return t.toString();
    }

    // ----------------------------------------------------------------------------------------------- import
    @Descriptor("Save a pay scheme JSON file as the workspace document pay/schemes/NAME")
    public String _import(
            @Descriptor("scheme name (default: the name in the file)") @Parameter(names = {"-n", "--name"}, absentValue = UNSET) String name,
            @Descriptor("scheme JSON file") String file) {
        return run(() -> {
            PayScheme s = Json.mapper().readValue(Files.readString(Path.of(file), StandardCharsets.UTF_8), PayScheme.class);
            String n = name.isEmpty() ? s.name() : name;
            String path = PaySchemes.path(n);
            List<SchemeLinter.Finding> structure = SchemeLinter.lint(registry.engine(), s, null);
            client().save(path, PaySchemes.SCHEME, s);
            StringBuilder sb = new StringBuilder(texts().get("import.done", n, s.revision(), s.rules().size(),
                    formats().amount(s.ote(), 2), formats().percent(s.fixedShare()),
                    formats().percent(BigDecimal.ONE.subtract(s.fixedShare())))).append('\n');
            if (!structure.isEmpty()) {
                sb.append(texts().get("import.findings", structure.size(), n)).append('\n');
            }
            return sb.toString();
        });
    }

    // ---------------------------------------------------------------------------------------------- figures
    @Descriptor("Keep the reps' actual figures (person,team,date,metric,value CSV) as pay/figures/NAME; the report pays scheme NAME on them")
    public String figures(
            @Descriptor("name, the same as the scheme these figures are paid by") String name,
            @Descriptor("figures CSV file (person,team,date,metric,value)") String file) {
        return run(() -> {
            String path = FigureSheet.path(name);
            List<Activity> rows = activity(file);
            if (rows.isEmpty()) {
                throw new PayException("error.noRows", "File " + file + " has no figures below its header", file);
            }
            var monthly = Figures.monthly(rows);
            var months = new TreeMap<PlanPeriod, Boolean>();
            monthly.values().forEach(m -> m.keySet().forEach(p -> months.put(p, true)));
            client().save(path, FigureSheet.TYPE, new FigureSheet(rows));
            return texts().get("figures.done", name, rows.size(), monthly.size(), months.firstKey().toString(), months.lastKey().toString()) + "\n";
        });
    }

    @Descriptor("List the client's pay schemes")
    public String schemes() {
        return run(() -> {
            TextTable t = new TextTable(texts().get("col.scheme"), texts().get("col.revision"), texts().get("col.rules"),
                    texts().get("col.ote"), texts().get("col.mix")).right(1, 2, 3);
            ClientWorkspace c = client();
            for (String doc : c.documents()) {
                if (doc.startsWith(PaySchemes.FOLDER)) {
                    try {
                        PayScheme s = c.read(doc, PaySchemes.SCHEME);
                        t.row(doc.substring(PaySchemes.FOLDER.length()), s.revision(), s.rules().size(), formats().amount(s.ote(), 2),
                                formats().percent(s.fixedShare()) + " / " + formats().percent(BigDecimal.ONE.subtract(s.fixedShare())));
                    } catch (WorkspaceException e) {
                        t.row(doc.substring(PaySchemes.FOLDER.length()), "-", "-", "-", e.getMessage());
                    }
                }
            }
            return t.toString();
        });
    }

    // --------------------------------------------------------------------------------------------- evaluate
    @Descriptor("Evaluate a scheme for every rep of a figures CSV (person,team,date,metric,value): one month, or every month with -m all")
    public String evaluate(
            @Descriptor("month YYYY-MM, or 'all' for every month in the file (state such as draws carried over)") @Parameter(names = {"-m", "--month"}, absentValue = "all") String month,
            @Descriptor("saved scheme name or scheme .json file") String scheme,
            @Descriptor("figures CSV") String file) {
        return run(() -> {
            PayScheme s = scheme(scheme);
            var all = Figures.monthly(activity(file));
            Formats f = formats();
            Texts t = texts();
            StringBuilder sb = new StringBuilder(t.get("evaluate.head", s.name(), s.revision())).append('\n');
            if (!month.equals("all")) {
                PlanPeriod p = PlanPeriod.month(month(month));
                TeamResult r = registry.engine().evaluateTeam(s, p, Figures.month(all, p));
                TextTable table = new TextTable(t.get("col.rep"), t.get("col.plan"), t.get("col.actual"), t.get("col.attainment"),
                        t.get("col.fixed"), t.get("col.variable"), t.get("col.total")).right(1, 2, 3, 4, 5, 6);
                BigDecimal sales = BigDecimal.ZERO;
                for (Statement st : r.statements()) {
                    Map<String, BigDecimal> fig = all.get(st.person()).get(p);
                    BigDecimal plan = s.equalPlan() != null ? s.equalPlan() : fig.get("plan");
                    sales = sales.add(fig.get("actual"));
                    table.row(st.person(), f.amount(plan, 2), f.amount(fig.get("actual"), 2),
                            f.percent(fig.get("actual").divide(plan, 4, java.math.RoundingMode.HALF_EVEN)),
                            f.money(st.total().minus(st.variable())), f.money(st.variable()), f.money(st.total()));
                }
                sb.append(table);
                sb.append(t.get("evaluate.total", f.money(r.totalCost()), sales.signum() == 0 ? Formats.NONE
                        : f.percent(r.totalCost().amount().divide(sales, 4, java.math.RoundingMode.HALF_EVEN)))).append('\n');
                problems(sb, r.problems());
                return sb.toString();
            }
            SchemeRun r = SchemeRun.run(registry.engine(), s, all, true);
            sb.append(runTable(r, f, t));
            problems(sb, r.problems());
            return sb.toString();
        });
    }

    private static String runTable(SchemeRun r, Formats f, Texts t) {
        TextTable table = new TextTable(t.get("col.rep"), t.get("col.months"), t.get("col.actual"), t.get("col.total"),
                t.get("col.costOfSales")).right(1, 2, 3, 4);
        r.pay().forEach((rep, pay) -> {
            BigDecimal sold = r.sales().get(rep);
            table.row(rep, r.statements().get(rep).size(), f.amount(sold, 2), f.money(pay), sold.signum() == 0 ? Formats.NONE
                    : f.percent(pay.amount().divide(sold, 4, java.math.RoundingMode.HALF_EVEN)));
        });
        return table + t.get("evaluate.total", f.money(r.totalPay()), f.percent(r.costOfSales())) + "\n";
    }

    // -------------------------------------------------------------------------------------------- statement
    @Descriptor("A rep's pay statement: every line with its formula, inputs and amount, and the scheme revision")
    public String statement(
            @Descriptor("month YYYY-MM (default: the last month of the rep in the file)") @Parameter(names = {"-m", "--month"}, absentValue = UNSET) String month,
            @Descriptor("also write the statement as CSV (rule,formula,inputs,amount,currency,scheme,revision) to this file") @Parameter(names = {"-o", "--output"}, absentValue = UNSET) String output,
            @Descriptor("saved scheme name or scheme .json file") String scheme,
            @Descriptor("figures CSV") String file,
            @Descriptor("rep") String rep) {
        return run(() -> {
            PayScheme s = scheme(scheme);
            var all = Figures.monthly(activity(file));
            SortedMap<PlanPeriod, Map<String, BigDecimal>> months = all.get(rep);
            if (months == null || months.isEmpty()) {
                throw new PayException("error.noRep", "No figures for " + rep + " in " + file, rep, file);
            }
            PlanPeriod p = month.isEmpty() ? months.lastKey() : PlanPeriod.month(month(month));
            if (!months.containsKey(p)) {
                throw new PayException("error.noRepMonth", "No figures for " + rep + " in " + p, rep, p.toString());
            }
            // months up to the one asked, so that draws and other carried state are right
            List<Statement> st = registry.engine().evaluatePeriods(s, rep, new TreeMap<>(months.headMap(p.next())));
            Statement one = st.get(st.size() - 1);
            Formats f = formats();
            Texts t = texts();
            Locale loc = Locale.getDefault();
            StringBuilder sb = new StringBuilder(t.get("statement.head", rep, p.toString(), one.scheme(), one.revision())).append('\n');
            TextTable table = new TextTable(t.get("col.rule"), t.get("col.formula"), t.get("col.inputs"), t.get("col.amount")).right(3);
            StringBuilder csv = new StringBuilder("rule,formula,inputs,amount,currency,scheme,revision\n");
            for (PayLine l : one.lines()) {
                var spec = s.rules().stream().filter(r -> r.id().equals(l.ruleId())).findFirst();
                PayRule rule = spec.isPresent() ? registry.rule(spec.get().type()) : null;
                boolean fixed = rule == null && l.ruleId().equals(PayEngine.FIXED);
                String formula = fixed ? t.get("formula.fixed") : rule != null ? rule.formula(l, loc) : l.formula();
                StringBuilder raw = new StringBuilder();
                new TreeMap<>(l.inputs()).forEach((k, v) -> raw.append(raw.length() == 0 ? "" : "; ").append(k).append('=').append(v.toPlainString()));
                csv.append(csvCell(l.ruleId())).append(',').append(csvCell(formula)).append(',').append(csvCell(raw.toString()))
                        .append(',').append(l.amount().amount().toPlainString()).append(',').append(l.amount().currency().getCurrencyCode())
                        .append(',').append(csvCell(one.scheme())).append(',').append(one.revision()).append('\n');
                String title = l.ruleId();
                if (rule != null) {
                    title = l.ruleId() + " (" + rule.title(loc) + ")";
                } else if (fixed) {
                    title = t.get("line.fixed");
                }
                table.row(title, formula, inputs(l, rule, fixed, t, f, loc), f.money(l.amount()));
            }
            sb.append(table);
            sb.append(t.get("statement.total", f.money(one.total()), one.total().currency().getCurrencyCode())).append('\n');
            problems(sb, one.problems());
            if (!output.isEmpty()) {
                Path out = Path.of(output).toAbsolutePath();
                Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
                Files.writeString(tmp, csv.toString(), StandardCharsets.UTF_8);
                Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                sb.append(t.get("written", out)).append('\n');
            }
            return sb.toString();
        });
    }

    /** Finding arguments with the decimals formatted in the client's locale (MessageFormat would use the user's). */
    private Object[] numbers(List<Object> args) {
        Formats f = formats();
        return args.stream().map(a -> a instanceof BigDecimal d ? f.amount(d, 6) : a).toArray();
    }

    static String csvCell(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---------------------------------------------------------------------------------------------- contest
    @Descriptor("Run a contest preset (or 'all', or 'list') on an activity CSV (person,team,date,metric,value) for a month")
    public String contest(
            @Descriptor("month YYYY-MM (a 3-month contest ends with it; a weekly one runs on its weeks)") @Parameter(names = {"-m", "--month"}, absentValue = UNSET) String month,
            @Descriptor("preset id, 'all' or 'list'") String preset,
            @Descriptor("activity CSV") String... file) {
        return run(() -> {
            Texts t = texts();
            Formats f = formats();
            if (preset.equals("list")) {
                TextTable table = new TextTable(t.get("col.contest"), t.get("col.title"), t.get("col.reward"));
                Contests.PRESETS.forEach(c -> table.row(c.id(), t.get("contest." + c.id()), reward(c, f, t)));
                return table.toString();
            }
            if (file.length != 1) {
                throw new PayException("error.contestArgs", "Give one activity CSV file");
            }
            List<Activity> data = activity(file[0]);
            YearMonth m = month.isEmpty() ? data.stream().map(a -> YearMonth.from(a.date())).max(YearMonth::compareTo)
                    .orElseThrow(() -> new PayException("error.noActivity", "The activity file has no rows")) : month(month);
            List<Contest> list = preset.equals("all") ? Contests.PRESETS : List.of(Contests.preset(preset));
            StringBuilder sb = new StringBuilder();
            for (Contest c : list) {
                ContestResult r = Contests.evaluate(c, data, m);
                sb.append(t.get("contest.head", t.get("contest." + c.id()), r.from().toString(), r.to().toString(), reward(c, f, t))).append('\n');
                TextTable table = new TextTable(c.scope() == Contest.Scope.TEAM ? t.get("col.team") : t.get("col.rep"),
                        t.get("col.value"), t.get("col.week"), t.get("col.winner")).right(1);
                for (ContestResult.Standing st : r.standings()) {
                    String v = switch (r.unit()) {
                        case "percent" -> f.percent(st.value());
                        case "money" -> f.amount(st.value(), 2);
                        default -> f.amount(st.value(), 2);
                    };
                    table.row(st.subject(), v, st.week() == null ? "" : st.week().toString(), st.winner() ? "*" : "");
                }
                sb.append(table);
                sb.append(t.get("contest.winners", r.winners().isEmpty() ? "-" : String.join(", ", r.winners()),
                        t.get("unit." + r.unit()))).append("\n\n");
            }
            return sb.toString();
        });
    }

    private static String reward(Contest c, Formats f, Texts t) {
        String r = t.get("reward." + c.id());
        return c.money() == null ? r : r + " (" + f.amount(c.money(), 2) + ")";
    }

    // ----------------------------------------------------------------------------------------------- whatif
    @Descriptor("What-if: change parameters (PATH=VALUE,PATH=VALUE, e.g. acc.factor=2,kpi.kpis.1.weight=50) or compare with another scheme (-b)")
    public String whatif(
            @Descriptor("the other scheme to compare with (instead of changes)") @Parameter(names = {"-b", "--versus"}, absentValue = UNSET) String versus,
            @Descriptor("changes PATH=VALUE separated by ',' (paths: fixed, targetVariable, equalPlan, RULE.PARAM, RULE.LIST.N.PARAM)") @Parameter(names = {"-s", "--set"}, absentValue = UNSET) String changes,
            @Descriptor("saved scheme name or scheme .json file") String scheme,
            @Descriptor("figures CSV (a past year's actuals)") String file) {
        return run(() -> {
            PayScheme a = scheme(scheme);
            PayScheme b;
            if (!versus.isEmpty()) {
                b = scheme(versus);
            } else {
                if (changes.isEmpty()) {
                    throw new PayException("error.whatifNothing", "Give changes with -s PATH=VALUE or another scheme with -b");
                }
                b = a;
                for (String c : changes.split(",")) {
                    int eq = c.indexOf('=');
                    if (eq < 0) {
                        throw new PayException("error.whatifChange", "'" + c + "' is not PATH=VALUE", c);
                    }
                    BigDecimal v;
                    try {
                        v = new BigDecimal(c.substring(eq + 1).strip());
                    } catch (NumberFormatException e) {
                        throw new PayException("error.whatifValue", "'" + c + "': the value is not a number", c);
                    }
                    b = WhatIf.with(b, c.substring(0, eq).strip(), v);
                }
            }
            WhatIf.Comparison cmp = WhatIf.compare(registry.engine(), a, b, Figures.monthly(activity(file)));
            Formats f = formats();
            Texts t = texts();
            String nameB = versus.isEmpty() ? t.get("whatif.changed", changes) : b.name() + " r" + b.revision();
            StringBuilder sb = new StringBuilder(t.get("whatif.head", a.name() + " r" + a.revision(), nameB)).append('\n');
            TextTable table = new TextTable(t.get("col.rep"), "A", "B", t.get("col.difference")).right(1, 2, 3);
            for (WhatIf.Row r : cmp.rows()) {
                table.row(r.rep(), r.a() == null ? Formats.NONE : f.money(r.a()), r.b() == null ? Formats.NONE : f.money(r.b()),
                        r.difference() == null ? Formats.NONE : f.amount(r.difference(), 2));
            }
            table.row(t.get("row.total"), f.money(cmp.a().totalPay()), f.money(cmp.b().totalPay()),
                    f.amount(cmp.b().totalPay().amount().subtract(cmp.a().totalPay().amount()), 2));
            table.row(t.get("col.costOfSales"), f.percent(cmp.a().costOfSales()), f.percent(cmp.b().costOfSales()), "");
            sb.append(table);
            List<Problem> ps = new ArrayList<>(cmp.a().problems());
            cmp.b().problems().stream().filter(p -> !ps.contains(p)).forEach(ps::add);
            problems(sb, ps);
            return sb.toString();
        });
    }

    // ------------------------------------------------------------------------------------------------- lint
    @Descriptor("Lint a scheme: cliffs, leverage above 3, gates above usual attainment (with -f), tier gaps and overlaps, weights")
    public String lint(
            @Descriptor("figures CSV with the reps' past plan and actual (judges gates)") @Parameter(names = {"-f", "--figures"}, absentValue = UNSET) String figures,
            @Descriptor("saved scheme name or scheme .json file") String scheme) {
        return run(() -> {
            PayScheme s = scheme(scheme);
            List<BigDecimal> usual = new ArrayList<>();
            if (!figures.isEmpty()) {
                Figures.monthly(activity(figures)).values().forEach(months -> months.values().forEach(m -> {
                    BigDecimal plan = s.equalPlan() != null ? s.equalPlan() : m.get("plan");
                    if (plan != null && plan.signum() > 0 && m.get("actual") != null) {
                        usual.add(m.get("actual").divide(plan, 4, java.math.RoundingMode.HALF_EVEN));
                    }
                }));
            }
            List<SchemeLinter.Finding> found = SchemeLinter.lint(registry.engine(), s, usual);
            Texts t = texts();
            if (found.isEmpty()) {
                return t.get("lint.clean", s.name(), s.revision()) + "\n";
            }
            StringBuilder sb = new StringBuilder(t.get("lint.head", s.name(), s.revision(), found.size())).append('\n');
            for (SchemeLinter.Finding x : found) {
                sb.append("  [").append(x.kind()).append("] ").append(x.rule()).append(": ")
                        .append(localise("lint." + x.kind(), x.message(), numbers(x.args()))).append('\n');
            }
            return sb.toString();
        });
    }

    // --------------------------------------------------------------------------------------------- dynamics
    @Descriptor("Anti-gaming: each manager's daily sales dynamics by month, the share sold in the last working days of a month "
            + "and in the first working days of the next, and a flag where the pattern suggests sales held back")
    public String dynamics(
            @Descriptor("only this month YYYY-MM (default: every month)") @Parameter(names = {"-m", "--month"}, absentValue = UNSET) String month,
            @Descriptor("show the day-by-day cumulative sales of this manager") @Parameter(names = {"-r", "--rep"}, absentValue = UNSET) String rep,
            @Descriptor("the metric (default sales)") @Parameter(names = {"--metric"}, absentValue = "sales") String metric,
            @Descriptor("working days at the month's end and the next month's start (default 3)") @Parameter(names = {"-d", "--days"}, absentValue = "3") String days,
            @Descriptor("a month fell short below this attainment (default 1 = 100% of plan)") @Parameter(names = {"-s", "--shortfall"}, absentValue = "1") String shortfall,
            @Descriptor("flag when at least this share of the next month is sold in its first days after a short month (default 0.35)") @Parameter(names = {"-c", "--carry"}, absentValue = "0.35") String carry,
            @Descriptor("flag a month-end spike: at least this share of the month in its last days (default 0.5)") @Parameter(names = {"-k", "--spike"}, absentValue = "0.5") String spike,
            @Descriptor("activity CSV (person,team,date,metric,value)") String file) {
        return run(() -> {
            Dynamics.Settings settings = new Dynamics.Settings(metric.strip(), whole("days", days),
                    number("shortfall", shortfall), number("carry", carry), number("spike", spike));
            List<Activity> data = activity(file);
            var analysis = Dynamics.analyse(data, settings);
            if (analysis.isEmpty()) {
                throw new PayException("error.dynNothing", "No '" + settings.metric() + "' rows in " + file, settings.metric(), file);
            }
            YearMonth only = month.isEmpty() ? null : month(month);
            Texts t = texts();
            Formats f = formats();
            int n = settings.edgeDays();
            StringBuilder sb = new StringBuilder(t.get("dynamics.head", settings.metric(), n, f.percent(settings.shortfall()),
                    f.percent(settings.carryShare()), f.percent(settings.spikeShare()))).append('\n');
            TextTable table = new TextTable(t.get("col.rep"), t.get("col.team"), t.get("col.month"), t.get("col.actual"),
                    t.get("col.attainment"), t.get("col.profile"), t.get("col.endShare", n), t.get("col.nextStartShare", n),
                    t.get("col.flag")).right(3, 4, 6, 7);
            for (var e : analysis.entrySet()) {
                for (Dynamics.Month m : e.getValue()) {
                    if (only != null && !m.month().equals(only)) {
                        continue;
                    }
                    table.row(m.person(), m.team(), m.month().toString(), f.amount(m.total(), 2),
                            m.attainment() == null ? Formats.NONE : f.percent(m.attainment()), profile(m, f),
                            m.endShare() == null ? Formats.NONE : f.percent(m.endShare()),
                            m.nextStartShare() == null ? Formats.NONE : f.percent(m.nextStartShare()),
                            String.join(", ", m.flags().stream().map(x -> t.get("flag." + x.name())).toList()));
                }
            }
            sb.append(table);
            if (!rep.isEmpty()) {
                List<Dynamics.Month> months = analysis.get(rep);
                if (months == null) {
                    throw new PayException("error.noRep", "No figures for " + rep + " in " + file, rep, file);
                }
                for (Dynamics.Month m : months) {
                    if (only != null && !m.month().equals(only)) {
                        continue;
                    }
                    sb.append('\n').append(t.get("dynamics.days", rep, m.month().toString())).append('\n');
                    TextTable d = new TextTable(t.get("col.day"), t.get("col.sold"), t.get("col.cumulative"), t.get("col.share"))
                            .right(0, 1, 2, 3);
                    BigDecimal prev = BigDecimal.ZERO;
                    for (int i = 0; i < m.cumulative().size(); i++) {
                        BigDecimal c = m.cumulative().get(i);
                        d.row(i + 1, f.amount(c.subtract(prev), 2), f.amount(c, 2), m.total().signum() <= 0 ? Formats.NONE
                                : f.percent(c.divide(m.total(), 4, java.math.RoundingMode.HALF_EVEN)));
                        prev = c;
                    }
                    sb.append(d);
                }
            }
            List<String> flagged = Dynamics.suspicious(analysis);
            sb.append(flagged.isEmpty() ? t.get("dynamics.clean") : t.get("dynamics.flagged", String.join(", ", flagged))).append('\n');
            return sb.toString();
        });
    }

    /** Cumulative share of the month's total after the 7th, 14th and 21st day and the last 3 days: a compact profile. */
    private static String profile(Dynamics.Month m, Formats f) {
        if (m.total().signum() <= 0) {
            return Formats.NONE;
        }
        int len = m.cumulative().size();
        StringBuilder sb = new StringBuilder();
        for (int day : new int[] {7, 14, 21, len - 3}) {
            BigDecimal share = m.cumulative().get(day - 1).divide(m.total(), 2, java.math.RoundingMode.HALF_EVEN);
            sb.append(sb.length() == 0 ? "" : " ").append(f.percent(share));
        }
        return sb.toString();
    }

    private static int whole(String option, String text) {
        try {
            return number(option, text).intValueExact();
        } catch (ArithmeticException e) {
            throw new PayException("error.dynDays", "Edge days must be 1 to 10, not " + text, text);
        }
    }

    private static BigDecimal number(String option, String text) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new PayException("error.dynOption", "Option " + option + ": '" + text + "' is not a number", option, text);
        }
    }
}
