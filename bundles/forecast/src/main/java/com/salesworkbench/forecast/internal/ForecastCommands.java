package com.salesworkbench.forecast.internal;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.forecast.Metrics;
import com.salesworkbench.forecast.SeriesInput;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.Workspace;
import java.util.Map;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.felix.service.command.Descriptor;
import org.apache.felix.service.command.Parameter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code forecast:*}: list models, forecast a CSV of series, backtest methods on it. */
@Component(service = ForecastCommands.class, property = {
        "osgi.command.scope=forecast",
        "osgi.command.function=models",
        "osgi.command.function=run",
        "osgi.command.function=backtest"})
public class ForecastCommands {

    @Reference
    private ForecastService service;

    @Reference
    private Provisioning provisioning;

    @Reference
    private Workspace workspace;

    private static Texts texts() {
        return Texts.of(ForecastCommands.class, Locale.getDefault());
    }

    @Descriptor("List the installed forecast models")
    public String models() {
        Texts t = texts();
        StringBuilder sb = new StringBuilder(t.get("models.header")).append('\n');
        for (ForecastModel m : service.engine().models()) {
            sb.append(String.format(Locale.ROOT, "  %-18s %s%n", m.id(), m.title(Locale.getDefault())));
        }
        sb.append(t.get("models.default", ForecastEngine.DEFAULT, ForecastEngine.AUTO)).append('\n');
        return sb.toString();
    }

    @Descriptor("Forecast every series of a CSV file (series_id,ds,y or ds,y); writes series_id,ds,yhat,lo80,hi80,lo95,hi95")
    public String run(
            @Descriptor("periods to forecast") @Parameter(names = {"-h", "--horizon"}, absentValue = "12") int horizon,
            @Descriptor("model id, 'auto' (pick per series by backtest) or 'combo' (default)") @Parameter(names = {"-m", "--method"}, absentValue = ForecastEngine.DEFAULT) String method,
            @Descriptor("interval levels in percent, comma-separated") @Parameter(names = {"-l", "--levels"}, absentValue = "80,95") String levels,
            @Descriptor("output CSV file (default: print)") @Parameter(names = {"-o", "--output"}, absentValue = "") String output,
            @Descriptor("allow negative forecasts") @Parameter(names = {"-n", "--allow-negative"}, presentValue = "true", absentValue = "false") boolean allowNegative,
            @Descriptor("input CSV file, or series/NAME for a series of the active client") String input) {
        Texts t = texts();
        double[] ls = parseLevels(levels, t);
        SeriesInput.Result in = read(input, t);
        ForecastEngine.Options o = ForecastEngine.Options.of(horizon, method).withLevels(ls).withAllowNegative(allowNegative);
        List<ForecastEngine.SeriesResult> rs = service.engine().forecast(in.series(), o);
        StringBuilder report = new StringBuilder();
        in.fileErrors().forEach(e -> report.append(t.get("file.problem", e)).append('\n'));
        int ok = 0;
        for (ForecastEngine.SeriesResult r : rs) {
            List<String> ms = new ArrayList<>(in.messagesOf(r.seriesId()));
            ms.addAll(r.messages());
            if (r.ok()) {
                ok++;
                report.append(t.get("series.ok", r.seriesId(), r.method(), r.description(), r.reason())).append('\n');
            } else {
                report.append(t.get("series.failed", r.seriesId())).append('\n');
            }
            ms.forEach(m -> report.append("    ").append(m).append('\n'));
        }
        report.append(t.get("run.summary", ok, rs.size(), horizon)).append('\n');
        String csv = csv(rs, ls);
        if (output.isEmpty()) {
            return csv + report;
        }
        write(Path.of(output), csv);
        return report + t.get("run.written", output) + '\n';
    }

    @Descriptor("Backtest methods on rolling origins and print sMAPE, MASE, MAPE, WAPE, bias and tracking signal")
    public String backtest(
            @Descriptor("periods per window") @Parameter(names = {"-h", "--horizon"}, absentValue = "6") int horizon,
            @Descriptor("comma-separated model ids") @Parameter(names = {"-m", "--methods"}, absentValue = "naive2,snaive,ets,theta,combo") String methods,
            @Descriptor("number of windows") @Parameter(names = {"-w", "--windows"}, absentValue = "3") int windows,
            @Descriptor("periods between window origins") @Parameter(names = {"-s", "--step"}, absentValue = "1") int step,
            @Descriptor("input CSV file, or series/NAME for a series of the active client") String input) {
        Texts t = texts();
        if (windows < 1 || step < 1) {
            throw new IllegalArgumentException(t.get("backtest.args", windows, step));
        }
        SeriesInput.Result in = read(input, t);
        List<String> ms = Arrays.stream(methods.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        ForecastEngine.Options o = ForecastEngine.Options.of(horizon, ms.get(0)).withLevels();
        List<List<ForecastEngine.BacktestResult>> rs = service.engine().backtest(in.series(), ms, o, windows, step);
        StringBuilder sb = new StringBuilder();
        in.fileErrors().forEach(e -> sb.append(t.get("file.problem", e)).append('\n'));
        sb.append(String.format(Locale.ROOT, "%-18s %-14s %7s %7s %7s %7s %10s %8s %s%n", t.get("col.series"), t.get("col.method"),
                "sMAPE", "MASE", "MAPE", "WAPE", t.get("col.bias"), t.get("col.ts"), t.get("col.windows")));
        double[][] pooled = new double[ms.size()][3];
        for (List<ForecastEngine.BacktestResult> perSeries : rs) {
            for (int i = 0; i < perSeries.size(); i++) {
                ForecastEngine.BacktestResult r = perSeries.get(i);
                Metrics.Scores s = r.scores();
                if (s == null) {
                    sb.append(String.format(Locale.ROOT, "%-18s %-14s %s%n", r.seriesId(), r.method(), t.get("backtest.failed")));
                } else {
                    sb.append(String.format(Locale.ROOT, "%-18s %-14s %7.2f %7.3f %7.2f %7.2f %10.2f %7.2f%s %d%n", r.seriesId(), r.method(),
                            s.smape(), s.mase(), s.mape(), s.wape(), s.bias(), s.trackingSignal(), s.tracking() ? "!" : " ", r.windows()));
                    pooled[i][0] += s.smape();
                    pooled[i][1] += s.mase();
                    pooled[i][2]++;
                }
                r.messages().forEach(m -> sb.append("    ").append(m).append('\n'));
            }
        }
        sb.append(t.get("backtest.pooled")).append('\n');
        for (int i = 0; i < ms.size(); i++) {
            double k = pooled[i][2];
            sb.append(String.format(Locale.ROOT, "  %-14s sMAPE %7.2f  MASE %7.3f  (%d %s)%n", ms.get(i), k == 0 ? Double.NaN : pooled[i][0] / k,
                    k == 0 ? Double.NaN : pooled[i][1] / k, (int) k, t.get("col.seriesCount")));
        }
        return sb.toString();
    }

    private static double[] parseLevels(String levels, Texts t) {
        String[] parts = levels.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(t.get("levels.bad", parts[i]));
            }
            if (!(out[i] > 0 && out[i] < 100)) {
                throw new IllegalArgumentException(t.get("levels.bad", parts[i]));
            }
        }
        return out;
    }

    /** A CSV file, or {@code series/NAME}: the active client's saved series. */
    private SeriesInput.Result read(String input, Texts t) {
        if (input.startsWith("series/")) {
            ClientId id = provisioning.requireActiveClient();
            return new SeriesInput.Result(workspace.client(id).readSeries(input.substring("series/".length())), Map.of(), List.of());
        }
        try {
            return SeriesInput.read(Files.readAllBytes(Path.of(input)), Locale.getDefault());
        } catch (IOException e) {
            throw new IllegalArgumentException(t.get("input.unreadable", input, e.getMessage()), e);
        }
    }

    static String csv(List<ForecastEngine.SeriesResult> rs, double[] levels) {
        List<String> header = new ArrayList<>(List.of("series_id", "ds", "yhat"));
        for (double l : levels) {
            String n = l == Math.rint(l) ? Long.toString((long) l) : Double.toString(l);
            header.add("lo" + n);
            header.add("hi" + n);
        }
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                .setRecordSeparator('\n').build())) {
            for (ForecastEngine.SeriesResult r : rs) {
                if (!r.ok()) {
                    continue;
                }
                Forecast f = r.forecast();
                double[] mean = f.mean();
                for (int i = 0; i < mean.length; i++) {
                    List<Object> row = new ArrayList<>();
                    row.add(r.seriesId());
                    row.add(f.start().plus(i).toString());
                    row.add(fmt(mean[i]));
                    for (Forecast.Interval in : f.intervals()) {
                        row.add(fmt(in.lower()[i]));
                        row.add(fmt(in.upper()[i]));
                    }
                    p.printRecord(row);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
