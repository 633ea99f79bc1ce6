package com.salesworkbench.seasonality.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.seasonality.Cycles;
import com.salesworkbench.seasonality.Decomposer;
import com.salesworkbench.seasonality.Decomposition;
import com.salesworkbench.seasonality.DecompositionOptions;
import com.salesworkbench.seasonality.FormChoice;
import com.salesworkbench.seasonality.IndexAverage;
import com.salesworkbench.seasonality.Message;
import com.salesworkbench.seasonality.MovingAverages;
import com.salesworkbench.seasonality.Phasing;
import com.salesworkbench.seasonality.SeasonalForecaster;
import com.salesworkbench.seasonality.SeasonalForm;
import com.salesworkbench.seasonality.SeasonalProfile;
import com.salesworkbench.seasonality.SeasonalProfiles;
import com.salesworkbench.seasonality.SeasonalityException;
import com.salesworkbench.seasonality.Shares;
import com.salesworkbench.seasonality.TrendCurve;
import com.salesworkbench.seasonality.TrendFit;
import com.salesworkbench.seasonality.WorkingDays;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code season:*}: decomposition, forecast, moving averages, shares and phasing from the shell. A SOURCE is a CSV
 * file (columns ds, y and optionally series_id) or {@code series/NAME} of the active client.
 */
@Component(service = SeasonCommands.class, property = {
        "osgi.command.scope=season",
        "osgi.command.function=decompose",
        "osgi.command.function=movavg",
        "osgi.command.function=forecast",
        "osgi.command.function=shares",
        "osgi.command.function=phase"})
public class SeasonCommands {

    private static final DocumentType<SeasonalProfile> PROFILE = SeasonalProfile.DOCUMENT_TYPE;
    private static final String PROFILE_FOLDER = SeasonalProfile.FOLDER;

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    private static Texts texts() {
        return Texts.of(SeasonCommands.class, Locale.getDefault());
    }

    @Descriptor("Decompose a monthly, quarterly or weekly series: trend, seasonal, remainder and seasonal indices")
    public String decompose(
            @Descriptor("additive, multiplicative or auto (the better fit)") @Parameter(names = {"-f", "--form"}, absentValue = "auto") String form,
            @Descriptor("mean or median of each position's estimates") @Parameter(names = {"-a", "--average"}, absentValue = "mean") String average,
            @Descriptor("frequency when ds holds dates: monthly, quarterly or weekly") @Parameter(names = {"-q", "--frequency"}, absentValue = "") String frequency,
            @Descriptor("series id within the source (default: the first)") @Parameter(names = {"-s", "--series"}, absentValue = "") String seriesId,
            @Descriptor("comma-separated event periods left out of the indices, e.g. 2024-02,2025-01") @Parameter(names = {"-e", "--events"}, absentValue = "") String events,
            @Descriptor("write ds,y,trend,seasonal,remainder to this CSV file") @Parameter(names = {"-o", "--out"}, absentValue = "") String out,
            @Descriptor("save the indices as a profile of the active client under this name") @Parameter(names = {"--save"}, absentValue = "") String save,
            @Descriptor("divide by working days first: weekdays (Monday to Friday), less --holidays") @Parameter(names = {"--working-days"}, absentValue = "") String workingDays,
            @Descriptor("holidays for --working-days, e.g. 2025-01-01,2025-01-07") @Parameter(names = {"--holidays"}, absentValue = "") String holidays,
            @Descriptor("for a short history: a typed profile, one weight per month (quarter, week)") @Parameter(names = {"--profile"}, absentValue = "") String typed,
            @Descriptor("for a short history: the product family's series (CSV file or series/NAME) to pool") @Parameter(names = {"--family"}, absentValue = "") String family,
            @Descriptor("CSV file or series/NAME") String source) {
        return run(() -> {
            Texts t = texts();
            TimeSeries s = pick(load(source, frequency), seriesId, source);
            DecompositionOptions options = DecompositionOptions.DEFAULT.withAverage(IndexAverage.parse(average));
            if (!workingDays.isBlank()) {
                if (!workingDays.trim().equalsIgnoreCase("weekdays")) {
                    throw new SeasonalityException("input.workingDays", workingDays);
                }
                java.util.Set<java.time.LocalDate> off = new java.util.HashSet<>();
                if (!holidays.isBlank()) {
                    for (String h : holidays.split(",")) {
                        try {
                            off.add(java.time.LocalDate.parse(h.trim()));
                        } catch (java.time.format.DateTimeParseException e) {
                            throw new SeasonalityException("input.date", h.trim());
                        }
                    }
                }
                options = options.withWorkingDays(WorkingDays.of(s, off));
            }
            if (isShort(s)) {
                return fallback(t, s, form, options, typed, family, save);
            }
            if (!events.isBlank()) {
                List<PlanPeriod> marked = new ArrayList<>();
                for (String e : events.split(",")) {
                    PlanPeriod p = PlanPeriod.parse(e);
                    marked.add(PlanPeriod.containing(s.frequency(), p.start()));
                }
                options = options.withEvents(new java.util.HashSet<>(marked));
            }
            Decomposition d;
            Message reason;
            if (form.equalsIgnoreCase("auto")) {
                FormChoice c = Decomposer.choose(s, options);
                d = c.decomposition();
                reason = c.reason();
            } else {
                d = Decomposer.decompose(s, SeasonalForm.parse(form), options);
                reason = new Message("choice.given");
            }
            Locale l = provisioning.clientLocale();
            NumberFormat nf = number(l, 4);
            StringBuilder sb = new StringBuilder();
            sb.append(t.get("decompose.title", s.id(), d.observed().start(), d.observed().periodAt(d.length() - 1),
                    t.get("form." + d.form().name()), d.average().name().toLowerCase(Locale.ROOT))).append('\n');
            sb.append(reason.text(l)).append('\n');
            for (Message m : d.notes()) {
                sb.append(m.text(l)).append('\n');
            }
            TextTable table = new TextTable(t.get("col.period"), t.get("col.y"), t.get("col.trend"), t.get("col.seasonal"), t.get("col.remainder"));
            double[] tr = d.trend();
            double[] se = d.seasonal();
            double[] re = d.remainder();
            for (int i = 0; i < d.length(); i++) {
                table.row(d.observed().periodAt(i), fmt(nf, d.observed().valueAt(i)), fmt(nf, tr[i]), fmt(nf, se[i]), fmt(nf, re[i]));
            }
            sb.append(table);
            TextTable idx = new TextTable(t.get("col.position"), t.get("col.index"));
            double[] f = d.figure();
            NumberFormat nf6 = number(l, 6);
            for (int p = 0; p < f.length; p++) {
                idx.row(Cycles.label(s.frequency(), p), fmt(nf6, f[p]));
            }
            sb.append(t.get("decompose.indices")).append('\n').append(idx);
            if (!out.isBlank()) {
                writeComponents(Path.of(out), d);
                sb.append(t.get("decompose.written", Path.of(out).toAbsolutePath())).append('\n');
            }
            if (!save.isBlank()) {
                String name = save.trim().toLowerCase(Locale.ROOT);
                activeClient().save(PROFILE_FOLDER + name, PROFILE, d.profile(name));
                sb.append(t.get("decompose.saved", PROFILE_FOLDER + name)).append('\n');
            }
            return sb.toString();
        });
    }

    private static boolean isShort(TimeSeries s) {
        int m = Cycles.length(s.frequency());
        int first = 0;
        int last = s.length() - 1;
        while (first <= last && Double.isNaN(s.valueAt(first))) {
            first++;
        }
        while (last >= first && Double.isNaN(s.valueAt(last))) {
            last--;
        }
        return last - first + 1 < 2 * m;
    }

    /** A short history: the typed profile or the family's pooled one, with the note that says which. */
    private String fallback(Texts t, TimeSeries s, String form, DecompositionOptions options, String typed, String family, String save) {
        Locale l = provisioning.clientLocale();
        SeasonalForm f = form.equalsIgnoreCase("auto") ? SeasonalForm.MULTIPLICATIVE : SeasonalForm.parse(form);
        SeasonalProfile typedProfile = typed.isBlank() ? null : SeasonalProfile.typed("typed", s.frequency(), f, numbers(typed));
        List<TimeSeries> members = family.isBlank() ? List.of() : load(family, "");
        SeasonalProfiles.Resolved r = SeasonalProfiles.resolve(s, f, options, typedProfile, members);
        StringBuilder sb = new StringBuilder();
        for (Message m : r.notes()) {
            sb.append(m.text(l)).append('\n');
        }
        TextTable idx = new TextTable(t.get("col.position"), t.get("col.index"));
        double[] ix = r.profile().indices();
        NumberFormat nf6 = number(l, 6);
        for (int p = 0; p < ix.length; p++) {
            idx.row(Cycles.label(s.frequency(), p), fmt(nf6, ix[p]));
        }
        sb.append(t.get("decompose.indices")).append('\n').append(idx);
        if (!save.isBlank()) {
            String name = save.trim().toLowerCase(Locale.ROOT);
            SeasonalProfile p = r.profile();
            activeClient().save(PROFILE_FOLDER + name, PROFILE, new SeasonalProfile(name, p.frequency(), p.form(), p.indices(), p.source()));
            sb.append(t.get("decompose.saved", PROFILE_FOLDER + name)).append('\n');
        }
        return sb.toString();
    }

    @Descriptor("Forecast a series as trend curve + seasonal indices, with the candidate curves and prediction intervals")
    public String forecast(
            @Descriptor("number of periods ahead") @Parameter(names = {"-h", "--horizon"}, absentValue = "12") int horizon,
            @Descriptor("additive, multiplicative or auto (the better fit)") @Parameter(names = {"-f", "--form"}, absentValue = "auto") String form,
            @Descriptor("candidate curves, e.g. linear,cubic (default: all)") @Parameter(names = {"-t", "--trends"}, absentValue = "") String trends,
            @Descriptor("interval level in percent") @Parameter(names = {"-l", "--level"}, absentValue = "95") double level,
            @Descriptor("frequency when ds holds dates") @Parameter(names = {"-q", "--frequency"}, absentValue = "") String frequency,
            @Descriptor("series id within the source") @Parameter(names = {"-s", "--series"}, absentValue = "") String seriesId,
            @Descriptor("CSV file or series/NAME") String source) {
        return run(() -> {
            Texts t = texts();
            Locale l = provisioning.clientLocale();
            TimeSeries s = pick(load(source, frequency), seriesId, source);
            java.util.Set<TrendCurve> curves = java.util.EnumSet.allOf(TrendCurve.class);
            if (!trends.isBlank()) {
                curves = java.util.EnumSet.noneOf(TrendCurve.class);
                for (String c : trends.split(",")) {
                    curves.add(TrendCurve.parse(c));
                }
            }
            SeasonalForecaster.Fit fit = SeasonalForecaster.fit(s, form.equalsIgnoreCase("auto") ? null : SeasonalForm.parse(form),
                    DecompositionOptions.DEFAULT, curves);
            StringBuilder sb = new StringBuilder();
            for (Message m : fit.notes()) {
                sb.append(m.text(l)).append('\n');
            }
            NumberFormat nf4 = number(l, 4);
            TextTable cand = new TextTable(t.get("col.curve"), t.get("col.r2"), t.get("col.adjr2"), t.get("col.coefficients"));
            for (TrendFit f : fit.candidates().fits()) {
                List<String> c = new ArrayList<>();
                for (double x : f.coefficients()) {
                    c.add(String.format(Locale.ROOT, "%.6g", x));
                }
                cand.row((f == fit.trend() ? "* " : "  ") + f.curve().name().toLowerCase(Locale.ROOT), fmt(nf4, f.rSquared()),
                        fmt(nf4, f.adjustedRSquared()), String.join("; ", c));
            }
            sb.append(cand);
            for (Message m : fit.candidates().refused()) {
                sb.append(m.text(l)).append('\n');
            }
            Forecast f = fit.forecast(horizon, level);
            NumberFormat nf = number(l, 2);
            TextTable table = new TextTable(t.get("col.period"), t.get("col.forecast"), t.get("col.lower", fmt(nf, level)),
                    t.get("col.upper", fmt(nf, level)));
            for (int h = 0; h < horizon; h++) {
                table.row(f.start().plus(h), fmt(nf, f.mean()[h]), fmt(nf, f.intervals().get(0).lower()[h]),
                        fmt(nf, f.intervals().get(0).upper()[h]));
            }
            return sb.append(table).toString();
        });
    }

    @Descriptor("Trailing moving averages of a series (default windows 3, 6 and 12) for trend charts")
    public String movavg(
            @Descriptor("comma-separated windows") @Parameter(names = {"-w", "--windows"}, absentValue = "3,6,12") String windows,
            @Descriptor("frequency when ds holds dates") @Parameter(names = {"-q", "--frequency"}, absentValue = "") String frequency,
            @Descriptor("series id within the source") @Parameter(names = {"-s", "--series"}, absentValue = "") String seriesId,
            @Descriptor("CSV file or series/NAME") String source) {
        return run(() -> {
            Texts t = texts();
            TimeSeries s = pick(load(source, frequency), seriesId, source);
            List<Integer> w = new ArrayList<>();
            for (String x : windows.split(",")) {
                try {
                    w.add(Integer.parseInt(x.trim()));
                } catch (NumberFormatException e) {
                    throw new SeasonalityException("window.invalid", x);
                }
            }
            List<String> head = new ArrayList<>(List.of(t.get("col.period"), t.get("col.y")));
            List<double[]> ma = new ArrayList<>();
            for (int k : w) {
                head.add(t.get("col.ma", k));
                ma.add(MovingAverages.trailing(s.values(), k));
            }
            NumberFormat nf = number(provisioning.clientLocale(), 2);
            TextTable table = new TextTable(head.toArray(String[]::new));
            for (int i = 0; i < s.length(); i++) {
                List<Object> row = new ArrayList<>(List.of(s.periodAt(i), fmt(nf, s.valueAt(i))));
                for (double[] a : ma) {
                    row.add(fmt(nf, a[i]));
                }
                table.row(row.toArray());
            }
            return table.toString();
        });
    }

    @Descriptor("Shares of the months (quarters, weeks) in the last years, or of the series of a file (product groups, "
            + "departments, customers); with --plan, the plan of each part")
    public String shares(
            @Descriptor("number of complete years to take") @Parameter(names = {"-y", "--years"}, absentValue = "3") int years,
            @Descriptor("an annual plan to split, e.g. 1200000.00") @Parameter(names = {"-p", "--plan"}, absentValue = "") String plan,
            @Descriptor("currency of the plan (default: the active client's)") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("shares of the series of the file (groups) rather than of the months") @Parameter(names = {"-g", "--groups"}, presentValue = "true", absentValue = "false") boolean groups,
            @Descriptor("with --groups: only this calendar position, e.g. 06 for June, Q2, W10") @Parameter(names = {"-m", "--month"}, absentValue = "") String month,
            @Descriptor("manual adjustments, e.g. roses=0.4,tulips=0.2 (others rescale)") @Parameter(names = {"--adjust"}, absentValue = "") String adjust,
            @Descriptor("frequency when ds holds dates") @Parameter(names = {"-q", "--frequency"}, absentValue = "") String frequency,
            @Descriptor("series id within the source (months mode)") @Parameter(names = {"-s", "--series"}, absentValue = "") String seriesId,
            @Descriptor("CSV file or series/NAME") String source) {
        return run(() -> {
            Texts t = texts();
            List<TimeSeries> all = load(source, frequency);
            Shares shares;
            if (groups) {
                shares = Shares.ofTotals(groupTotals(all, years, month));
            } else {
                shares = Shares.ofCycle(pick(all, seriesId, source), years);
            }
            for (Map.Entry<String, String> e : pairs(adjust).entrySet()) {
                try {
                    shares = shares.adjust(e.getKey(), Double.parseDouble(e.getValue()));
                } catch (NumberFormatException ex) {
                    throw new SeasonalityException("shares.adjustRange", e.getKey(), e.getValue());
                }
            }
            StringBuilder sb = new StringBuilder();
            if (!shares.years().isEmpty()) {
                sb.append(t.get("shares.years", shares.years().toString())).append('\n');
            }
            Phasing.Result result = plan.isBlank() ? null : shares.plan(money(plan, currency));
            NumberFormat pct = NumberFormat.getPercentInstance(provisioning.clientLocale());
            pct.setMinimumFractionDigits(2);
            TextTable table = result == null ? new TextTable(t.get("col.part"), t.get("col.share"))
                    : new TextTable(t.get("col.part"), t.get("col.share"), t.get("col.plan"));
            double[] v = shares.shares();
            for (int i = 0; i < v.length; i++) {
                if (result == null) {
                    table.row(shares.labels().get(i), pct.format(v[i]));
                } else {
                    table.row(shares.labels().get(i), pct.format(v[i]), money(result.cells().get(i).amount()));
                }
            }
            if (result != null) {
                table.row(t.get("row.total"), pct.format(1), money(result.total()));
            }
            return sb.append(table).toString();
        });
    }

    @Descriptor("Phase a target over periods by a profile, keeping locked and typed periods; the total stays exact")
    public String phase(
            @Descriptor("the target, e.g. 1000000.00") @Parameter(names = {"-t", "--target"}, absentValue = "") String target,
            @Descriptor("currency (default: the active client's)") @Parameter(names = {"-c", "--currency"}, absentValue = "") String currency,
            @Descriptor("weights 1,1.2,..., series/NAME or a CSV file (month shares of the last years), or profile:NAME (a saved profile)")
            @Parameter(names = {"-p", "--profile"}, absentValue = "") String profile,
            @Descriptor("first period, e.g. 2026-01 or 2026-Q1 (default: January of next year)") @Parameter(names = {"-s", "--start"}, absentValue = "") String start,
            @Descriptor("number of periods (default: one cycle, or the number of weights)") @Parameter(names = {"-n", "--periods"}, absentValue = "0") int periods,
            @Descriptor("locked periods and their amounts, e.g. 2026-01=70000.00,2026-02=65000.00") @Parameter(names = {"-l", "--locks"}, absentValue = "") String locks,
            @Descriptor("typed overrides, e.g. 2026-12=150000.00") @Parameter(names = {"-o", "--overrides"}, absentValue = "") String overrides) {
        return run(() -> {
            Texts t = texts();
            if (target.isBlank()) {
                throw new SeasonalityException("phase.noTarget");
            }
            if (profile.isBlank()) {
                throw new SeasonalityException("phase.noProfile");
            }
            Money goal = money(target, currency);
            List<String> labels = new ArrayList<>();
            double[] weights;
            double[] cycleWeights = cycleProfile(profile);
            if (cycleWeights != null) {
                Frequency f = frequencyOf(cycleWeights.length);
                PlanPeriod first = start.isBlank() ? PlanPeriod.containing(f, java.time.LocalDate.now().plusYears(1).withDayOfYear(1))
                        : PlanPeriod.containing(f, PlanPeriod.parse(start).start());
                int n = periods > 0 ? periods : cycleWeights.length;
                weights = new double[n];
                for (int i = 0; i < n; i++) {
                    PlanPeriod p = first.plus(i);
                    labels.add(p.toString());
                    weights[i] = cycleWeights[Cycles.position(p)];
                }
            } else {
                double[] w = numbers(profile);
                int n = periods > 0 ? periods : w.length;
                if (n != w.length) {
                    throw new SeasonalityException("phase.profileLength", w.length, n);
                }
                weights = w;
                PlanPeriod first = start.isBlank() ? null : PlanPeriod.parse(start);
                for (int i = 0; i < n; i++) {
                    labels.add(first == null ? Integer.toString(i + 1) : first.plus(i).toString());
                }
            }
            Phasing.Result r = Phasing.phase(goal, labels, weights, amounts(locks, labels, goal), amounts(overrides, labels, goal));
            TextTable table = new TextTable(t.get("col.period"), t.get("col.weight"), t.get("col.amount"), t.get("col.kind"));
            NumberFormat nf = number(provisioning.clientLocale(), 4);
            for (Phasing.Cell c : r.cells()) {
                table.row(c.label(), fmt(nf, c.weight()), money(c.amount()), t.get("kind." + c.kind().name()));
            }
            table.row(t.get("row.total"), "", money(r.total()), "");
            return table.toString();
        });
    }

    // ---------------------------------------------------------------------------------------------------

    /** Runs a command; bad input becomes one localised message (the shell prints it and fails the command). */
    private static String run(java.util.function.Supplier<String> body) {
        try {
            return body.get();
        } catch (SeasonalityException e) {
            throw new IllegalArgumentException(e.getLocalizedMessage(Locale.getDefault()), e);
        }
    }

    private ClientWorkspace activeClient() {
        ClientId id = provisioning.requireActiveClient();
        return workspace.client(id);
    }

    List<TimeSeries> load(String source, String frequency) {
        Frequency f = frequency.isBlank() ? null : Cycles.parseFrequency(frequency);
        if (source.startsWith("series/")) {
            List<TimeSeries> s = activeClient().readSeries(source.substring("series/".length()));
            if (f != null) {
                List<TimeSeries> out = new ArrayList<>();
                for (TimeSeries x : s) {
                    out.add(new TimeSeries(x.id(), PlanPeriod.containing(f, x.start().start()), x.values()));
                }
                return out;
            }
            return s;
        }
        Path p = Path.of(source);
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SeasonalityException("input.unreadable", p.toAbsolutePath(), e.toString());
        }
        String name = p.getFileName().toString().replaceFirst("\\.csv$", "");
        return SeriesInput.read(p.toString(), text, f, name);
    }

    static TimeSeries pick(List<TimeSeries> all, String id, String source) {
        if (id.isBlank()) {
            return all.get(0);
        }
        return all.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow(() -> new SeasonalityException(
                "input.noSeries", id, source, String.join(", ", all.stream().map(TimeSeries::id).toList())));
    }

    /** Each series' total over the last {@code years} complete years (of the longest series), optionally one position only. */
    static Map<String, Double> groupTotals(List<TimeSeries> all, int years, String position) {
        Map<String, Double> totals = new LinkedHashMap<>();
        int wanted = position.isBlank() ? -1 : cyclePosition(position);
        int lastYear = Integer.MIN_VALUE;
        for (TimeSeries s : all) {
            Cycles.length(s.frequency());
            lastYear = Math.max(lastYear, s.periodAt(s.length() - 1).start().getYear());
        }
        for (TimeSeries s : all) {
            double sum = 0;
            for (int i = 0; i < s.length(); i++) {
                PlanPeriod p = s.periodAt(i);
                int y = p.start().getYear();
                boolean inYears = y > lastYear - years && y <= lastYear;
                boolean atPosition = wanted < 0 || Cycles.position(p) == wanted;
                if (inYears && atPosition && !Double.isNaN(s.valueAt(i))) {
                    sum += s.valueAt(i);
                }
            }
            totals.merge(s.id(), sum, Double::sum);
        }
        return totals;
    }

    /** 6, 06, M06, Q2, W10: the 0-based cycle position the user means (the shell may turn 06 into 6). */
    static int cyclePosition(String text) {
        String digits = text.trim().replaceFirst("^[MmQqWw]", "");
        try {
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= 53) {
                return Math.min(n, 52) - 1;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new SeasonalityException("input.position", text);
    }

    /** A cycle profile from series/NAME, a CSV file or profile:NAME; null when the text is a list of weights. */
    private double[] cycleProfile(String profile) {
        if (profile.startsWith("profile:")) {
            String name = profile.substring("profile:".length()).trim().toLowerCase(Locale.ROOT);
            SeasonalProfile p = activeClient().read(PROFILE_FOLDER + name, PROFILE);
            if (p.form() != SeasonalForm.MULTIPLICATIVE) {
                throw new SeasonalityException("phase.additiveProfile", name);
            }
            return p.indices();
        }
        if (profile.startsWith("series/") || profile.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return Shares.ofCycle(load(profile, "").get(0), 3).shares();
        }
        return null;
    }

    private static Frequency frequencyOf(int cycle) {
        for (Frequency f : List.of(Frequency.MONTH, Frequency.QUARTER, Frequency.WEEK)) {
            if (Cycles.length(f) == cycle) {
                return f;
            }
        }
        throw new SeasonalityException("frequency.unknown", cycle);
    }

    static double[] numbers(String text) {
        String[] parts = text.split(",");
        double[] w = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                w[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new SeasonalityException("phase.badWeightText", i + 1, parts[i].trim());
            }
        }
        return w;
    }

    static Map<String, String> pairs(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new SeasonalityException("input.pair", part.trim());
            }
            out.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
        }
        return out;
    }

    /** LABEL=AMOUNT pairs; a label may also be the 1-based number of the period. */
    static Map<String, Money> amounts(String text, List<String> labels, Money goal) {
        Map<String, Money> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : pairs(text).entrySet()) {
            String label = e.getKey();
            if (!labels.contains(label) && label.matches("\\d{1,3}")) {
                int i = Integer.parseInt(label) - 1;
                if (i >= 0 && i < labels.size()) {
                    label = labels.get(i);
                }
            }
            if (!labels.contains(label)) {
                throw new SeasonalityException("phase.unknownLabel", e.getKey());
            }
            out.put(label, parseMoney(e.getValue(), goal.currency()));
        }
        return out;
    }

    private Money money(String amount, String currency) {
        if (currency.isBlank()) {
            return parseMoney(amount, clientCurrency());
        }
        java.util.Currency c;
        try {
            c = java.util.Currency.getInstance(currency.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SeasonalityException("input.currency", currency);
        }
        return parseMoney(amount, c);
    }

    private java.util.Currency clientCurrency() {
        try {
            ClientId id = provisioning.requireActiveClient();
            return java.util.Currency.getInstance(provisioning.profile(id).javaLocale());
        } catch (RuntimeException e) {
            throw new SeasonalityException("input.noCurrency");
        }
    }

    static Money parseMoney(String text, java.util.Currency currency) {
        try {
            return Money.of(new java.math.BigDecimal(text.trim()), currency, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SeasonalityException("input.money", text, currency.getCurrencyCode(), currency.getDefaultFractionDigits());
        }
    }

    private String money(Money m) {
        NumberFormat nf = NumberFormat.getNumberInstance(provisioning.clientLocale());
        nf.setMinimumFractionDigits(m.amount().scale());
        nf.setMaximumFractionDigits(m.amount().scale());
        return nf.format(m.amount()) + " " + m.currency().getCurrencyCode();
    }

    private static NumberFormat number(Locale l, int digits) {
        NumberFormat nf = NumberFormat.getNumberInstance(l);
        nf.setMaximumFractionDigits(digits);
        nf.setGroupingUsed(false);
        return nf;
    }

    private static String fmt(NumberFormat nf, double v) {
        return Double.isNaN(v) ? "-" : nf.format(v);
    }

    private static void writeComponents(Path file, Decomposition d) {
        StringBuilder sb = new StringBuilder("ds,y,trend,seasonal,remainder\n");
        double[] tr = d.trend();
        double[] se = d.seasonal();
        double[] re = d.remainder();
        for (int i = 0; i < d.length(); i++) {
            sb.append(d.observed().periodAt(i)).append(',').append(csv(d.observed().valueAt(i))).append(',').append(csv(tr[i]))
                    .append(',').append(csv(se[i])).append(',').append(csv(re[i])).append('\n');
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SeasonalityException("output.unwritable", file.toAbsolutePath(), e.toString());
        }
    }

    private static String csv(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }
}
