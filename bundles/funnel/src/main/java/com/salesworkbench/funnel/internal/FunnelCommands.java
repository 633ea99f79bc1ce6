package com.salesworkbench.funnel.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.funnel.ForecastAccuracy;
import com.salesworkbench.funnel.FunnelException;
import com.salesworkbench.funnel.MarketingAnalytics;
import com.salesworkbench.funnel.Opportunity;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.funnel.PipelineSnapshot;
import com.salesworkbench.funnel.ReverseFunnel;
import com.salesworkbench.funnel.RiskSimulation;
import com.salesworkbench.funnel.StageCalibration;
import com.salesworkbench.funnel.StageFunnel;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.funnel.Velocity;
import com.salesworkbench.funnel.WeightedPipeline;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code funnel:*}: import a pipeline, forecast it (crystal ball, visits, snapshots, accuracy), analyse its
 * stages, plan backwards from a target, simulate its risk range, velocity and coverage, marketing analytics.
 */
@Component(service = FunnelCommands.class, property = {
        "osgi.command.scope=funnel",
        "osgi.command.function=import",
        "osgi.command.function=list",
        "osgi.command.function=stagemodel",
        "osgi.command.function=forecast",
        "osgi.command.function=visits",
        "osgi.command.function=snapshot",
        "osgi.command.function=accuracy",
        "osgi.command.function=conversion",
        "osgi.command.function=reverse",
        "osgi.command.function=simulate",
        "osgi.command.function=velocity",
        "osgi.command.function=marketing"})
public class FunnelCommands {

    static final String UNSET = "";

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    static Texts texts() {
        return Texts.of(FunnelCommands.class, Locale.getDefault());
    }

    private ClientId activeId() {
        return provisioning.requireActiveClient();
    }

    private ClientWorkspace client() {
        return workspace.client(activeId());
    }

    /** The client's locale for numbers (the profile's), falling back to the program's. */

    /** Runs a command body, turning domain refusals into the user's language. */
    private static String run(Body body) {
        try {
            return body.run();
        } catch (FunnelException e) {
            throw new IllegalArgumentException(localise(e), e);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(texts().get("error.noFile", e.getFile()), e);
        } catch (IOException e) {
            throw new IllegalArgumentException(texts().get("error.io", e.getMessage()), e);
        }
    }

    private interface Body {
        String run() throws IOException;
    }

    static String localise(FunnelException e) {
        String text = texts().get(e.key(), e.args());
        return text.startsWith("!") ? e.getMessage() : text;
    }

    private static FunnelException bad(String key, String english, Object... args) {
        return new FunnelException(key, english, args);
    }

    private static String checkName(String name) {
        if (!FunnelDocuments.NAME.matcher(name).matches()) {
            throw bad("error.name", "Pipeline name '" + name + "': use lower-case letters, digits, '.', '-', '_'", name);
        }
        return name;
    }

    private Pipeline load(String name) {
        checkName(name);
        return client().find(FunnelDocuments.pipelinePath(name), FunnelDocuments.PIPELINE)
                .orElseThrow(() -> bad("error.noPipeline", "No pipeline '" + name + "' for this client; import one with funnel:import",
                        name));
    }

    private StageModel clientStages() {
        return client().find(FunnelDocuments.STAGES_PATH, FunnelDocuments.STAGES).orElse(StageModel.STANDARD);
    }

    static BigDecimal decimal(String text, String option) {
        String s = text.strip();
        boolean percent = s.endsWith("%");
        if (percent) {
            s = s.substring(0, s.length() - 1).strip();
        }
        s = s.replace(" ", "").replace("_", "").replace("\u00A0", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        try {
            BigDecimal v = new BigDecimal(s);
            return percent ? v.movePointLeft(2) : v;
        } catch (NumberFormatException e) {
            throw bad("error.option", "Option " + option + ": '" + text + "' is not a number", option, text);
        }
    }

    /** A share given as 70%, 70 or 0.7. */
    static BigDecimal share(String text, String option) {
        BigDecimal v = decimal(text, option);
        if (!text.strip().endsWith("%") && v.compareTo(BigDecimal.ONE) > 0) {
            v = v.movePointLeft(2);
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0) {
            throw bad("error.shareRange", "Option " + option + ": " + text + " is outside 0-100%", option, text);
        }
        return v;
    }

    static int integer(String text, String option, int min) {
        try {
            int v = Integer.parseInt(text.strip());
            if (v < min) {
                throw bad("error.optionMin", "Option " + option + ": " + text + " is below " + min, option, text, min);
            }
            return v;
        } catch (NumberFormatException e) {
            throw bad("error.option", "Option " + option + ": '" + text + "' is not a number", option, text);
        }
    }

    static YearMonth month(String text, String option) {
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad("error.optionMonth", "Option " + option + ": '" + text + "' is not a month (2026-03)", option, text);
        }
    }

    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad("error.optionDate", "Option " + option + ": '" + text + "' is not a date (2026-03-15)", option, text);
        }
    }

    private static Reader open(String file) throws IOException {
        return new StringReader(Files.readString(Path.of(file), StandardCharsets.UTF_8));
    }

    private static String write(String out, String csv, String text) throws IOException {
        if (out.isEmpty()) {
            return text;
        }
        Path p = Path.of(out).toAbsolutePath();
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        Files.writeString(tmp, csv, StandardCharsets.UTF_8);
        Files.move(tmp, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        return text + texts().get("written", p) + "\n";
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    // ---------------------------------------------------------------------------------------------- import

    @Descriptor("Import a pipeline CSV (rep,customer,amount,probability,close[,id,product,stage,status,created,closed,entered_<stage>]) as a workspace document")
    public String _import(
            @Descriptor("pipeline name (document funnel/pipelines/NAME)") @Parameter(names = {"-n", "--name"}, absentValue = "main") String name,
            @Descriptor("currency code, e.g. RUB, CNY, EUR (default: the pipeline's, else the client locale's)") @Parameter(names = {"-c", "--currency"}, absentValue = UNSET) String currency,
            @Descriptor("stage template (standard, three-tier, four-tier, long-cycle); default: the client's stage model") @Parameter(names = {"-t", "--template"}, absentValue = UNSET) String template,
            @Descriptor("review date; open deals must not close before it (default: today)") @Parameter(names = {"-a", "--as-of"}, absentValue = UNSET) String asOf,
            @Descriptor("CSV file (UTF-8)") String file) {
        return run(() -> {
            Texts t = texts();
            checkName(name);
            StageModel stages = template.isEmpty() ? clientStages() : StageModel.template(template)
                    .orElseThrow(() -> bad("error.template", "Unknown stage template '" + template + "'; known: "
                            + String.join(", ", new TreeMap<>(StageModel.TEMPLATES).keySet()), template,
                            String.join(", ", new TreeMap<>(StageModel.TEMPLATES).keySet())));
            LocalDate day = asOf.isEmpty() ? LocalDate.now() : date(asOf, "--as-of");
            PipelineCsv.Result result;
            try (Reader in = open(file)) {
                result = PipelineCsv.read(in, stages, day);
            }
            StringBuilder sb = new StringBuilder();
            List<String> errors = result.errors().stream()
                    .map(e -> {
                        String m = t.get(e.key(), e.args().toArray());
                        return m.startsWith("!") ? e.message() : m;
                    }).toList();
            if (result.opportunities().isEmpty()) {
                throw new IllegalArgumentException(t.get("import.nothing", file) + "\n" + String.join("\n", errors));
            }
            ClientWorkspace c = client();
            String path = FunnelDocuments.pipelinePath(name);
            Optional<Pipeline> existing = c.find(path, FunnelDocuments.PIPELINE);
            String cur = !currency.isEmpty() ? currency.strip().toUpperCase(Locale.ROOT)
                    : existing.map(Pipeline::currency).orElseGet(this::localeCurrency);
            try {
                Currency.getInstance(cur);
            } catch (IllegalArgumentException e) {
                throw bad("error.currency", "Unknown currency '" + cur + "'", cur);
            }
            Pipeline p = existing.map(e -> new Pipeline(name, cur, day, stages, result.opportunities(), e.snapshots()))
                    .orElseGet(() -> new Pipeline(name, cur, day, stages, result.opportunities(), List.of()));
            c.save(path, FunnelDocuments.PIPELINE, p);
            long open = p.opportunities().stream().filter(Opportunity::open).count();
            sb.append(t.get("import.done", p.opportunities().size(), open, name, cur, stages.name(),
                    String.join(" > ", stages.stages()))).append('\n');
            if (!errors.isEmpty()) {
                sb.append(t.get("import.rejected", errors.size())).append('\n');
                errors.forEach(e -> sb.append("  ").append(e).append('\n'));
            }
            return sb.toString();
        });
    }

    private String localeCurrency() {
        return PipelineStore.currency(provisioning.clientLocale());
    }

    @Descriptor("List the active client's pipelines")
    public String list() {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            TextTable table = new TextTable(t.get("col.pipeline"), t.get("col.asOf"), t.get("col.currency"), t.get("col.deals"),
                    t.get("col.open"), t.get("col.snapshots")).right(3, 4, 5);
            ClientWorkspace c = client();
            for (String doc : c.documents()) {
                if (doc.startsWith(FunnelDocuments.PIPELINES)) {
                    Pipeline p = c.read(doc, FunnelDocuments.PIPELINE);
                    table.row(p.name(), p.asOf(), p.currency(), f.count(p.opportunities().size()),
                            f.count(p.open().size()), f.count(p.snapshots().size()));
                }
            }
            return table.toString();
        });
    }

    @Descriptor("Show the client's stage model, or set it from a template or a list of stages")
    public String stagemodel(
            @Descriptor("template: standard, three-tier, four-tier, long-cycle") @Parameter(names = {"-t", "--template"}, absentValue = UNSET) String template,
            @Descriptor("comma-separated stages, earliest first, e.g. lead,demo,offer") @Parameter(names = {"-s", "--stages"}, absentValue = UNSET) String stages) {
        return run(() -> {
            Texts t = texts();
            StageModel model;
            if (!template.isEmpty()) {
                model = StageModel.template(template).orElseThrow(() -> bad("error.template", "Unknown stage template '"
                        + template + "'", template, String.join(", ", new TreeMap<>(StageModel.TEMPLATES).keySet())));
            } else if (!stages.isEmpty()) {
                List<String> list = Arrays.stream(stages.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                for (String s : list) {
                    if (!FunnelDocuments.NAME.matcher(s).matches()) {
                        throw bad("error.stageName", "Stage '" + s + "': use lower-case letters, digits, '.', '-', '_'", s);
                    }
                }
                if (list.isEmpty() || list.stream().distinct().count() != list.size()) {
                    throw bad("error.stageList", "Give distinct stages, e.g. lead,demo,offer", stages);
                }
                model = new StageModel("custom", list);
            } else {
                StageModel m = clientStages();
                return t.get("stages.current", m.name(), String.join(" > ", m.stages())) + "\n";
            }
            client().save(FunnelDocuments.STAGES_PATH, FunnelDocuments.STAGES, model);
            return t.get("stages.set", model.name(), String.join(" > ", model.stages())) + "\n";
        });
    }

    // -------------------------------------------------------------------------------------------- forecast

    @Descriptor("Monthly forecast per rep (amount x probability) and the department figure x prudence factor")
    public String forecast(
            @Descriptor("prudence factor, default 70%") @Parameter(names = {"-p", "--prudence"}, absentValue = "70%") String prudence,
            @Descriptor("first month, default the pipeline's review month") @Parameter(names = {"-f", "--from"}, absentValue = UNSET) String from,
            @Descriptor("number of months, default 3") @Parameter(names = {"-m", "--months"}, absentValue = "3") String months,
            @Descriptor("also write the table as CSV (rep,month,forecast) to this file") @Parameter(names = {"-o", "--output"}, absentValue = UNSET) String output,
            @Descriptor("use stage probabilities calibrated from the pipeline's won / lost history instead of the typed ones") @Parameter(names = {"-c", "--calibrated"}, presentValue = "true", absentValue = "false") boolean calibrated,
            @Descriptor("pipeline name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            Pipeline p = calibrated ? calibrate(load(name)) : load(name);
            YearMonth start = from.isEmpty() ? YearMonth.from(p.asOf()) : month(from, "--from");
            WeightedPipeline.DepartmentForecast d = WeightedPipeline.forecast(p.opportunities(), p.currencyUnit(), start,
                    integer(months, "--months", 1), share(prudence, "--prudence"));
            List<String> header = new ArrayList<>();
            header.add(t.get("col.rep"));
            d.months().forEach(m -> header.add(m.toString()));
            header.add(t.get("col.total"));
            TextTable table = new TextTable(header.toArray(String[]::new));
            int[] right = new int[d.months().size() + 1];
            for (int i = 0; i < right.length; i++) {
                right[i] = i + 1;
            }
            table.right(right);
            StringBuilder csv = new StringBuilder("rep,month,forecast\n");
            for (WeightedPipeline.RepForecast r : d.reps()) {
                List<String> row = new ArrayList<>();
                row.add(r.rep());
                for (var m : r.months().entrySet()) {
                    row.add(f.money(m.getValue()));
                    csv.append(csv(r.rep())).append(',').append(m.getKey()).append(',')
                            .append(m.getValue().amount().toPlainString()).append('\n');
                }
                row.add(f.money(r.total()));
                table.row(row.toArray());
            }
            String text = t.get("forecast.title", p.name(), p.currency(), p.asOf()) + "\n"
                    + (calibrated ? t.get("forecast.calibrated") + "\n" : "") + table
                    + t.get("forecast.weighted", f.money(d.weighted())) + "\n"
                    + t.get("forecast.department", f.percent(d.prudence()), f.money(d.prudent())) + "\n";
            return write(output, csv.toString(), text);
        });
    }

    @Descriptor("Visit priority per rep: highest probability first, then the soonest close; visits while capacity lasts, the rest a call or an e-mail")
    public String visits(
            @Descriptor("only this rep") @Parameter(names = {"-r", "--rep"}, absentValue = UNSET) String rep,
            @Descriptor("visits a rep makes a day, default 4") @Parameter(names = {"-v", "--visits-per-day"}, absentValue = "4") String perDay,
            @Descriptor("working days a month, default 20") @Parameter(names = {"-w", "--working-days"}, absentValue = "20") String days,
            @Descriptor("pipeline name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            Pipeline p = load(name);
            int slots = WeightedPipeline.visitCapacity(integer(perDay, "--visits-per-day", 0), integer(days, "--working-days", 1));
            StringBuilder sb = new StringBuilder();
            for (var e : WeightedPipeline.byRep(p.opportunities()).entrySet()) {
                if (!rep.isEmpty() && !rep.equals(e.getKey())) {
                    continue;
                }
                sb.append(t.get("visits.rep", e.getKey(), slots)).append('\n');
                TextTable table = new TextTable("#", t.get("col.customer"), t.get("col.product"), t.get("col.probability"),
                        t.get("col.close"), t.get("col.amount"), t.get("col.contact")).right(0, 3, 5);
                for (WeightedPipeline.VisitPlanLine l : WeightedPipeline.visitPriority(e.getValue(), slots)) {
                    Opportunity o = l.opportunity();
                    table.row(l.rank(), o.customer(), o.product(), f.percent(o.probability()), o.closeMonth(),
                            f.amount(o.amount(), p.currencyUnit().getDefaultFractionDigits()),
                            t.get("contact." + l.contact().name()));
                }
                sb.append(table);
            }
            if (sb.length() == 0) {
                throw bad("error.noRep", "No deals of rep '" + rep + "' in pipeline " + name, rep, name);
            }
            return sb.toString();
        });
    }

    @Descriptor("Keep the current forecast as a review snapshot, so forecast accuracy can be measured later")
    public String snapshot(
            @Descriptor("review date, default the pipeline's") @Parameter(names = {"-d", "--date"}, absentValue = UNSET) String date,
            @Descriptor("pipeline name") String name) {
        return run(() -> {
            Pipeline p = load(name);
            LocalDate day = date.isEmpty() ? p.asOf() : date(date, "--date");
            PipelineSnapshot s = PipelineSnapshot.of(day, p.opportunities());
            Pipeline next = p.withSnapshot(s);
            client().save(FunnelDocuments.pipelinePath(name), FunnelDocuments.PIPELINE, next);
            return texts().get("snapshot.done", name, day, s.lines().size(), next.snapshots().size()) + "\n";
        });
    }

    @Descriptor("Forecast accuracy per rep: the review snapshots against the deals won in the months that are over")
    public String accuracy(@Descriptor("pipeline name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            Pipeline p = load(name);
            if (p.snapshots().isEmpty()) {
                throw bad("error.noSnapshots", "Pipeline " + name + " has no snapshots yet; take one at each review with funnel:snapshot", name);
            }
            int digits = p.currencyUnit().getDefaultFractionDigits();
            TextTable table = new TextTable(t.get("col.rep"), t.get("col.comparisons"), t.get("col.forecast"), t.get("col.actual"),
                    t.get("col.accuracy"), t.get("col.bias")).right(1, 2, 3, 4, 5);
            List<ForecastAccuracy.RepAccuracy> measured = ForecastAccuracy.measure(p.snapshots(), p.opportunities(),
                    YearMonth.from(p.asOf()));
            if (measured.isEmpty()) {
                return t.get("accuracy.none", name, YearMonth.from(p.asOf())) + "\n";
            }
            for (ForecastAccuracy.RepAccuracy a : measured) {
                table.row(a.rep(), a.comparisons(), f.amount(a.forecast(), digits), f.amount(a.actual(), digits),
                        f.percent(a.accuracy()), f.percent(a.bias()));
            }
            return t.get("accuracy.title", name, p.snapshots().size(), YearMonth.from(p.asOf())) + "\n" + table;
        });
    }

    /** The pipeline with calibrated probabilities for its open deals (history: its own closed deals). */
    private static Pipeline calibrate(Pipeline p) {
        StageCalibration c = StageCalibration.calibrate(p.stages(), p.opportunities(),
                StageCalibration.DEFAULT_AGE_BOUNDS, 5);
        return new Pipeline(p.name(), p.currency(), p.asOf(), p.stages(), c.apply(p.opportunities(), p.asOf()),
                p.snapshots());
    }

    // ------------------------------------------------------------------------------------------ conversion

    @Descriptor("Stage funnel: counts, conversion to the next stage, days in stage, overall conversion, win rate, calibrated probabilities")
    public String conversion(
            @Descriptor("smallest sample for an age band before falling back to the stage rate, default 5") @Parameter(names = {"-s", "--min-sample"}, absentValue = "5") String minSample,
            @Descriptor("pipeline name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            Pipeline p = load(name);
            StageFunnel.Report r = StageFunnel.analyse(p.stages(), p.opportunities());
            TextTable table = new TextTable(t.get("col.stage"), t.get("col.reached"), t.get("col.openNow"), t.get("col.conversion"),
                    t.get("col.days")).right(1, 2, 3, 4);
            for (StageFunnel.StageStats s : r.stages()) {
                table.row(s.stage(), s.reached(), s.current(), f.percent(s.conversion()), f.amount(s.averageDays(), 1));
            }
            StringBuilder sb = new StringBuilder(t.get("conversion.title", name)).append('\n').append(table);
            sb.append(t.get("conversion.summary", r.won(), r.lost(), r.open(), f.percent(r.overallConversion()),
                    f.percent(r.winRate()))).append('\n');
            StageCalibration c = StageCalibration.calibrate(p.stages(), p.opportunities(),
                    StageCalibration.DEFAULT_AGE_BOUNDS, integer(minSample, "--min-sample", 1));
            TextTable cal = new TextTable(t.get("col.stage"), t.get("col.age"), t.get("col.won"), t.get("col.lost"),
                    t.get("col.probability")).right(2, 3, 4);
            for (StageCalibration.Cell cell : c.cells()) {
                String age = cell.ageFrom() < 0 ? t.get("age.all")
                        : cell.ageTo() == null ? t.get("age.from", cell.ageFrom()) : t.get("age.range", cell.ageFrom(), cell.ageTo());
                cal.row(cell.stage(), age, cell.won(), cell.lost(), f.percent(cell.probability()));
            }
            sb.append('\n').append(t.get("calibration.title", c.minSample())).append('\n').append(cal);
            return sb.toString();
        });
    }

    // --------------------------------------------------------------------------------------------- reverse

    @Descriptor("Reverse funnel: from a revenue target to the deals, leads, meetings and calls needed per month and per rep, against visit capacity. STAGES.csv: stage,conversion,days,activity (earliest first)")
    public String reverse(
            @Descriptor("revenue target of one month (with -m)") @Parameter(names = {"-t", "--target"}, absentValue = UNSET) String target,
            @Descriptor("month of the target, default next month") @Parameter(names = {"-m", "--month"}, absentValue = UNSET) String month,
            @Descriptor("monthly targets from a series CSV (series_id,ds,y), e.g. a plan export") @Parameter(names = {"-s", "--series"}, absentValue = UNSET) String series,
            @Descriptor("average deal size") @Parameter(names = {"-d", "--deal"}, absentValue = UNSET) String deal,
            @Descriptor("number of reps, default 1") @Parameter(names = {"-r", "--reps"}, absentValue = "1") String reps,
            @Descriptor("visits (meetings) a rep can make a day, default 4") @Parameter(names = {"-v", "--visits-per-day"}, absentValue = "4") String perDay,
            @Descriptor("working days a month, default 20") @Parameter(names = {"-w", "--working-days"}, absentValue = "20") String days,
            @Descriptor("also write the needs as CSV (stage,month,required,per_rep) to this file") @Parameter(names = {"-o", "--output"}, absentValue = UNSET) String output,
            @Descriptor("stages CSV") String stagesFile) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            if (deal.isEmpty()) {
                throw bad("error.needDeal", "Give the average deal size with -d");
            }
            SortedMap<YearMonth, BigDecimal> targets = new TreeMap<>();
            if (!series.isEmpty()) {
                Path file = Path.of(series);
                List<TimeSeries> all = SeriesCsv.read(file, Files.readAllBytes(file));
                if (all.isEmpty()) {
                    throw bad("error.noRows", "The file has no data rows");
                }
                TimeSeries s = all.get(0);
                if (s.frequency() != Frequency.MONTH) {
                    throw bad("error.monthlySeries", "Series " + s.id() + " is not monthly", s.id());
                }
                for (int i = 0; i < s.length(); i++) {
                    double v = s.valueAt(i);
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    targets.put(YearMonth.from(s.periodAt(i).start()), BigDecimal.valueOf(v));
                }
            } else if (!target.isEmpty()) {
                YearMonth m = month.isEmpty() ? YearMonth.now().plusMonths(1) : month(month, "--month");
                targets.put(m, decimal(target, "--target"));
            } else {
                throw bad("error.needTarget", "Give a target with -t (and -m) or monthly targets with -s");
            }
            List<ReverseFunnel.Step> steps;
            try (Reader in = open(stagesFile)) {
                steps = InputCsv.steps(in);
            }
            ReverseFunnel.Capacity cap = new ReverseFunnel.Capacity(integer(reps, "--reps", 1),
                    decimal(perDay, "--visits-per-day"), integer(days, "--working-days", 1));
            ReverseFunnel.Plan plan = ReverseFunnel.plan(targets, decimal(deal, "--deal"), steps, cap);
            TextTable table = new TextTable(t.get("col.stage"), t.get("col.month"), t.get("col.exact"), t.get("col.required"),
                    t.get("col.perRep"), t.get("col.activity")).right(2, 3, 4);
            StringBuilder csv = new StringBuilder("stage,month,required,per_rep\n");
            for (ReverseFunnel.Need n : plan.needs()) {
                table.row(n.stage(), n.month(), f.amount(n.exact(), 2), f.count(n.required()), f.amount(n.perRep(), 1),
                        t.get("activity." + n.activity().name()));
                csv.append(csv(n.stage())).append(',').append(n.month()).append(',')
                        .append(n.exact().round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString()).append(',')
                        .append(n.perRep().setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()).append('\n');
            }
            TextTable load = new TextTable(t.get("col.month"), t.get("col.visitsPerRep"), t.get("col.capacity"), t.get("col.callsPerDay"),
                    t.get("col.status")).right(1, 2, 3);
            for (ReverseFunnel.MonthLoad l : plan.load()) {
                load.row(l.month(), f.amount(l.visitsPerRep(), 1), f.amount(l.capacityPerRep(), 1),
                        f.amount(l.callsPerRepDay(), 1), l.overloaded() ? t.get("load.over") : t.get("load.ok"));
            }
            String text = t.get("reverse.title", f.amount(targets.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), 2),
                    f.amount(decimal(deal, "--deal"), 2), cap.reps()) + "\n" + table + "\n"
                    + t.get("reverse.load", f.amount(cap.visitsPerDay(), 1), cap.workingDays()) + "\n" + load;
            return write(output, csv.toString(), text);
        });
    }

    // -------------------------------------------------------------------------------------------- simulate

    @Descriptor("Risk range: Monte Carlo over the open deals (seeded): P10, P50, P90 of the revenue and the chance of reaching the plan; exact for small pipelines")
    public String simulate(
            @Descriptor("only deals closing in this month (default: all open deals)") @Parameter(names = {"-m", "--month"}, absentValue = UNSET) String month,
            @Descriptor("the plan to reach (default: the weighted sum)") @Parameter(names = {"-p", "--plan"}, absentValue = UNSET) String plan,
            @Descriptor("number of runs, default 10000") @Parameter(names = {"-r", "--runs"}, absentValue = "10000") String runs,
            @Descriptor("random seed, default 1") @Parameter(names = {"-s", "--seed"}, absentValue = "1") String seed,
            @Descriptor("only this rep") @Parameter(names = {"--rep"}, absentValue = UNSET) String rep,
            @Descriptor("use stage probabilities calibrated from the pipeline's won / lost history") @Parameter(names = {"-c", "--calibrated"}, presentValue = "true", absentValue = "false") boolean calibrated,
            @Descriptor("pipeline name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            Pipeline p = calibrated ? calibrate(load(name)) : load(name);
            Optional<YearMonth> m = month.isEmpty() ? Optional.empty() : Optional.of(month(month, "--month"));
            List<Opportunity> deals = p.open().stream()
                    .filter(o -> m.isEmpty() || o.closeMonth().equals(m.get()))
                    .filter(o -> rep.isEmpty() || o.rep().equals(rep)).toList();
            if (deals.isEmpty()) {
                throw bad("error.noOpenDeals", "No open deals to simulate in pipeline " + name, name);
            }
            int digits = p.currencyUnit().getDefaultFractionDigits();
            long[] amounts = new long[deals.size()];
            double[] probs = new double[deals.size()];
            BigDecimal weighted = BigDecimal.ZERO;
            for (int i = 0; i < amounts.length; i++) {
                Opportunity o = deals.get(i);
                amounts[i] = o.amount().movePointRight(digits).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
                probs[i] = o.probability().doubleValue();
                weighted = weighted.add(o.weighted());
            }
            BigDecimal planValue = plan.isEmpty() ? weighted : decimal(plan, "--plan");
            long planMinor = planValue.movePointRight(digits).setScale(0, RoundingMode.CEILING).longValueExact();
            int n = integer(runs, "--runs", 1);
            long s;
            try {
                s = Long.parseLong(seed.strip());
            } catch (NumberFormatException e) {
                throw bad("error.option", "Option --seed: '" + seed + "' is not a number", "--seed", seed);
            }
            long t0 = System.nanoTime();
            RiskSimulation.Range r = RiskSimulation.simulate(amounts, probs, n, s,
                    Runtime.getRuntime().availableProcessors(), planMinor);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            StringBuilder sb = new StringBuilder(t.get("simulate.title", name, m.map(YearMonth::toString).orElse(t.get("simulate.allMonths")),
                    f.count(deals.size()), f.count(n), s, ms)).append('\n');
            if (calibrated) {
                sb.append(t.get("forecast.calibrated")).append('\n');
            }
            TextTable table = new TextTable(t.get("col.figure"), t.get("col.simulated"), t.get("col.exactDist")).right(1, 2);
            Optional<RiskSimulation.Distribution> exact = RiskSimulation.exact(amounts, probs, 2_000_000);
            java.util.function.LongFunction<String> money = v -> f.amount(BigDecimal.valueOf(v).movePointLeft(digits), digits);
            table.row("P10", money.apply(r.p10()), exact.map(d -> money.apply(d.quantile(0.10))).orElse(Formats.NONE));
            table.row("P50", money.apply(r.p50()), exact.map(d -> money.apply(d.quantile(0.50))).orElse(Formats.NONE));
            table.row("P90", money.apply(r.p90()), exact.map(d -> money.apply(d.quantile(0.90))).orElse(Formats.NONE));
            table.row(t.get("row.mean"), f.amount(BigDecimal.valueOf(r.mean()).movePointLeft(digits), digits),
                    f.amount(weighted, digits));
            table.row(t.get("row.chance", f.amount(planValue, digits)), f.percent(r.probabilityOfPlan()),
                    exact.map(d -> f.percent(d.probabilityAtLeast(planMinor))).orElse(Formats.NONE));
            sb.append(table);
            if (exact.isEmpty()) {
                sb.append(t.get("simulate.noExact")).append('\n');
            }
            return sb.toString();
        });
    }

    // -------------------------------------------------------------------------------------------- velocity

    @Descriptor("Sales velocity (opportunities x average deal x win rate / cycle days) and pipeline coverage against a quota")
    public String velocity(
            @Descriptor("quota of the period") @Parameter(names = {"-q", "--quota"}, absentValue = UNSET) String quota,
            @Descriptor("first stage that counts as qualified pipeline, default the second stage") @Parameter(names = {"-s", "--qualified-from"}, absentValue = UNSET) String qualified,
            @Descriptor("pipeline name") String name) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            Pipeline p = load(name);
            if (quota.isEmpty()) {
                throw bad("error.needQuota", "Give the quota with -q");
            }
            String from = qualified.isEmpty() ? p.stages().stages().get(Math.min(1, p.stages().size() - 1)) : qualified;
            Velocity.Figures v = Velocity.of(p.stages(), p.opportunities(), decimal(quota, "--quota"), from);
            int digits = p.currencyUnit().getDefaultFractionDigits();
            TextTable table = new TextTable(t.get("col.figure"), t.get("col.value")).right(1);
            table.row(t.get("row.openDeals"), f.count(v.openOpportunities()));
            table.row(t.get("row.averageDeal"), f.amount(v.averageDeal(), digits));
            table.row(t.get("row.winRate"), f.percent(v.winRate()));
            table.row(t.get("row.cycle"), f.amount(v.cycleDays(), 1));
            table.row(t.get("row.velocity"), f.amount(v.velocityPerDay(), digits));
            table.row(t.get("row.qualified", from), f.amount(v.openQualified(), digits));
            table.row(t.get("row.closedWon"), f.amount(v.closedWon(), digits));
            table.row(t.get("row.coverage"), v.coverage().map(c -> f.amount(c, 2) + "x").orElse(Formats.NONE));
            table.row(t.get("row.neededCoverage"), v.neededCoverage().map(c -> f.amount(c, 2) + "x").orElse(Formats.NONE));
            String verdict = v.coverage().isPresent() && v.neededCoverage().isPresent()
                    ? (v.coverage().get().compareTo(v.neededCoverage().get()) >= 0 ? t.get("coverage.ok") : t.get("coverage.short"))
                    : "";
            return t.get("velocity.title", name, p.currency()) + "\n" + table + (verdict.isEmpty() ? "" : verdict + "\n");
        });
    }

    // ------------------------------------------------------------------------------------------- marketing

    @Descriptor("End-to-end marketing analytics per channel. CHANNELS.csv: channel,spend,visitors,leads,buyers,revenue")
    public String marketing(
            @Descriptor("revenue target: leads needed at the current conversion and average check") @Parameter(names = {"-t", "--target"}, absentValue = UNSET) String target,
            @Descriptor("also write the table as CSV to this file") @Parameter(names = {"-o", "--output"}, absentValue = UNSET) String output,
            @Descriptor("channels CSV") String file) {
        return run(() -> {
            Texts t = texts();
            Formats f = new Formats(provisioning.clientLocale());
            List<MarketingAnalytics.Channel> channels;
            try (Reader in = open(file)) {
                channels = InputCsv.channels(in);
            }
            MarketingAnalytics.Report r = MarketingAnalytics.analyse(channels, t.get("row.total"));
            TextTable table = new TextTable(t.get("col.channel"), t.get("col.spend"), t.get("col.visitors"), t.get("col.leads"),
                    t.get("col.visitorToLead"), t.get("col.buyers"), t.get("col.leadToBuyer"), t.get("col.cpl"),
                    t.get("col.cac"), t.get("col.averageCheck"), t.get("col.revenue"), t.get("col.romi"))
                    .right(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
            StringBuilder csv = new StringBuilder("channel,spend,visitors,leads,visitor_to_lead,buyers,lead_to_buyer,cost_per_lead,cost_per_customer,average_check,revenue,romi\n");
            List<MarketingAnalytics.Result> rows = new ArrayList<>(r.channels());
            rows.add(r.total());
            for (MarketingAnalytics.Result c : rows) {
                table.row(c.channel(), f.amount(c.spend(), 2), f.count(c.visitors()), f.count(c.leads()),
                        f.percent(c.visitorToLead()), f.count(c.buyers()), f.percent(c.leadToBuyer()),
                        f.amount(c.costPerLead(), 2), f.amount(c.costPerCustomer(), 2), f.amount(c.averageCheck(), 2),
                        f.amount(c.revenue(), 2), f.percent(c.romi()));
                csv.append(String.join(",", csv(c.channel()), plain(c.spend()), String.valueOf(c.visitors()),
                        String.valueOf(c.leads()), plain(c.visitorToLead()), String.valueOf(c.buyers()),
                        plain(c.leadToBuyer()), plain(c.costPerLead()), plain(c.costPerCustomer()),
                        plain(c.averageCheck()), plain(c.revenue()), plain(c.romi()))).append('\n');
            }
            MarketingAnalytics.JointKpi k = r.kpi();
            StringBuilder text = new StringBuilder(table.toString());
            text.append(t.get("kpi.line", f.count(k.leads()), f.percent(k.conversion()), f.amount(k.averageCheck(), 2),
                    f.amount(k.revenue(), 2))).append('\n');
            if (!target.isEmpty()) {
                BigDecimal goal = decimal(target, "--target");
                text.append(t.get("kpi.leadsFor", f.amount(goal, 2), k.leadsFor(goal)
                        .map(v -> f.count(v.setScale(0, RoundingMode.CEILING).longValue())).orElse(Formats.NONE))).append('\n');
            }
            return write(output, csv.toString(), text.toString());
        });
    }

    private static String plain(BigDecimal v) {
        return v.round(MathContext.DECIMAL64).stripTrailingZeros().toPlainString();
    }

    private static String plain(Optional<BigDecimal> v) {
        return v.map(FunnelCommands::plain).orElse("");
    }
}
