package com.salesworkbench.forecast.internal.bench;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The M3 benchmark: runs the engine on one group of the M3 competition data (vendored gzipped in this
 * bundle), prints sMAPE, MASE, OWA (relative to Naive2) and wall seconds per method, scores the
 * competition's published forecasts with the same code (where the data has them: monthly), checks automatic ETS against R's
 * forecast::ets fits of the first 60 monthly series, and ends with one JSON line of all figures.
 * Models are found with {@link ServiceLoader} on the plain class path (each model bundle lists its services).
 * Usage: {@code M3Benchmark [--group monthly|quarterly|yearly|other] [--methods a,b,c] [--threads N] [--data DIR]}
 */
public final class M3Benchmark {

    private record Series(TimeSeries train, double[] test, int h) {
    }

    private record Score(String method, double smape, double mase, double owa, double seconds, double cpuSeconds, int failed) {
    }

    /** CPU time of this process in nanoseconds (all threads), or -1 where the platform does not tell. */
    private static long processCpu() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    public static void main(String[] args) throws Exception {
        String group = "monthly";
        String methods = null;
        int threads = 0;
        // The M3 files ship with the distribution (bench/m3), not inside the forecast bundle.
        Path data = Path.of(System.getProperty("workbench.home", "."), "bench", "m3");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--group" -> group = args[++i];
                case "--methods" -> methods = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                default -> {
                    System.err.println("Usage: bench forecast [--group monthly|quarterly|yearly|other] [--methods a,b,c] [--threads N] [--data DIR]");
                    System.exit(2);
                }
            }
        }
        if (!List.of("monthly", "quarterly", "yearly", "other").contains(group)) {
            System.err.println("Unknown group " + group + " (monthly, quarterly, yearly or other)");
            System.exit(2);
        }
        Frequency freq = switch (group) {
            case "monthly" -> Frequency.MONTH;
            case "quarterly" -> Frequency.QUARTER;
            default -> Frequency.YEAR;
        };
        List<String> ms = methods == null
                ? List.of(ForecastEngine.DEFAULT, "ets", "ets-select", "theta", "dotm", "dampen", "naive2")
                : Arrays.asList(methods.split(","));
        List<ForecastModel> models = new ArrayList<>();
        ServiceLoader.load(ForecastModel.class, M3Benchmark.class.getClassLoader()).forEach(models::add);
        List<Series> series = load(data, group, freq);
        int m = freq.periodsPerCycle();
        int h = series.get(0).h;
        System.out.printf(Locale.ROOT, "M3 %s: %d series, h = %d, %d models found, %d cores, load average %.2f at start%n", group,
                series.size(), h, models.size(), Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        List<Score> scores = new ArrayList<>();
        Map<String, Object> extra = new LinkedHashMap<>();
        try (ForecastEngine engine = new ForecastEngine(() -> models, threads)) {
            List<TimeSeries> trains = series.stream().map(Series::train).toList();
            ForecastEngine.Options o = ForecastEngine.Options.of(h, "naive2").withBudget(Duration.ofSeconds(60))
                    .withLocale(Locale.ENGLISH);
            double[][] naive2 = forecasts(engine, trains, o);
            double[] base = score(series, naive2, m);
            List<String> order = new ArrayList<>(ms);
            for (String method : order) {
                long t0 = System.nanoTime();
                long c0 = processCpu();
                double[][] f = forecasts(engine, trains, new ForecastEngine.Options(h, method, new double[] {80, 95}, false,
                        Duration.ofSeconds(60), Locale.ENGLISH, ForecastEngine.AUTO_CANDIDATES));
                double secs = (System.nanoTime() - t0) / 1e9;
                double cpu = c0 < 0 ? Double.NaN : (processCpu() - c0) / 1e9;
                double[] s = score(series, f, m);
                int failed = 0;
                for (double[] x : f) {
                    failed += x == null ? 1 : 0;
                }
                scores.add(new Score(method, s[0], s[1], Metrics.owa(s[0], s[1], base[0], base[1]), secs, cpu, failed));
                print(scores.get(scores.size() - 1), "engine");
            }
            // the entrants' published forecasts of this group, where the data folder has them (M3: monthly only)
            Map<String, double[][]> pub = published(data, group, series);
            if (pub.isEmpty()) {
                System.out.println("No published forecasts for " + group + " (" + group + "-published-forecasts.csv) to score");
            }
            for (Map.Entry<String, double[][]> e : pub.entrySet()) {
                double[] s = score(series, e.getValue(), m);
                Score sc = new Score(e.getKey(), s[0], s[1], Metrics.owa(s[0], s[1], base[0], base[1]), Double.NaN, Double.NaN, 0);
                print(sc, "published");
                extra.put("published." + e.getKey(), sc);
            }
            if (group.equals("monthly")) {
                if (ms.contains("ets") || ms.contains("ets-select")) {
                    Map<String, Object> ref = etsReference(data, series, models);
                    extra.putAll(ref);
                    System.out.printf(Locale.ROOT, "ets-select vs R forecast::ets on the first %s monthly series: same form %.1f%%, AICc within 0.5%% (or better) %.1f%%%n",
                            ref.get("ets.reference.series"), ref.get("ets.reference.sameForm"), ref.get("ets.reference.aiccWithin"));
                }
            }
        }
        StringBuilder json = new StringBuilder("{\"benchmark\":\"forecast\",\"group\":\"" + group + "\",\"series\":" + series.size()
                + ",\"h\":" + h + ",\"cores\":" + Runtime.getRuntime().availableProcessors() + ",\"methods\":[");
        for (int i = 0; i < scores.size(); i++) {
            json.append(i == 0 ? "" : ",").append(json(scores.get(i)));
        }
        json.append("],\"published\":[");
        boolean first = true;
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            if (e.getValue() instanceof Score s) {
                json.append(first ? "" : ",").append(json(s));
                first = false;
            }
        }
        json.append(']');
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            if (!(e.getValue() instanceof Score)) {
                json.append(",\"").append(e.getKey()).append("\":").append(num(((Number) e.getValue()).doubleValue()));
            }
        }
        json.append('}');
        System.out.println(json);
    }

    private static void print(Score s, String kind) {
        System.out.printf(Locale.ROOT, "%-10s %-16s sMAPE %6.2f  MASE %6.3f  OWA %6.3f  %s%s%n", kind, s.method, s.smape, s.mase, s.owa,
                Double.isNaN(s.seconds) ? "" : String.format(Locale.ROOT, "%7.1f s wall %7.1f s CPU", s.seconds, s.cpuSeconds),
                s.failed > 0 ? "  (" + s.failed + " series without forecast)" : "");
    }

    private static String json(Score s) {
        return "{\"method\":\"" + s.method + "\",\"smape\":" + num(s.smape) + ",\"mase\":" + num(s.mase) + ",\"owa\":" + num(s.owa)
                + (Double.isNaN(s.seconds) ? "" : ",\"seconds\":" + num(s.seconds) + ",\"cpuSeconds\":" + num(s.cpuSeconds)
                + ",\"failed\":" + s.failed) + "}";
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null";
    }

    private static double[][] forecasts(ForecastEngine engine, List<TimeSeries> trains, ForecastEngine.Options o) {
        List<ForecastEngine.SeriesResult> rs = engine.forecast(trains, o);
        double[][] out = new double[rs.size()][];
        for (int i = 0; i < rs.size(); i++) {
            out[i] = rs.get(i).ok() ? rs.get(i).forecast().mean() : null;
        }
        return out;
    }

    /** Mean sMAPE and MASE over series; a series without forecast scores as the naive forecast. */
    private static double[] score(List<Series> series, double[][] f, int m) {
        double s = 0;
        double q = 0;
        for (int i = 0; i < series.size(); i++) {
            Series x = series.get(i);
            double[] fc = f[i];
            if (fc == null) {
                fc = new double[x.h];
                Arrays.fill(fc, x.train.valueAt(x.train.length() - 1));
            }
            s += Metrics.smape(x.test, fc);
            q += Metrics.mase(x.train.values(), m, x.test, fc);
        }
        return new double[] {s / series.size(), q / series.size()};
    }

    private static Map<String, Object> etsReference(Path data, List<Series> series, List<ForecastModel> models) {
        ForecastModel ets = models.stream().filter(x -> x.id().equals("ets-select")).findFirst().orElseThrow();
        Map<String, TimeSeries> byId = new LinkedHashMap<>();
        for (Series s : series) {
            byId.put(s.train.id(), s.train);
        }
        int n = 0;
        int same = 0;
        int within = 0;
        for (String[] r : rows(data, "r-ets-reference-monthly.csv")) {
            TimeSeries t = byId.get(r[0]);
            if (t == null) {
                continue;
            }
            FittedModel f = ets.fit(t);
            n++;
            if (f.description().equals(r[1])) {
                same++;
            }
            double rAicc = Double.parseDouble(r[2]);
            double aicc = f.parameters().get("aicc");
            if (aicc <= rAicc + 0.005 * Math.abs(rAicc)) {
                within++;
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ets.reference.series", n);
        out.put("ets.reference.sameForm", 100.0 * same / n);
        out.put("ets.reference.aiccWithin", 100.0 * within / n);
        return out;
    }

    private static Map<String, double[][]> published(Path data, String group, List<Series> series) {
        String name = group + "-published-forecasts.csv";
        if (!Files.exists(data.resolve(name)) && !Files.exists(data.resolve(name + ".gz"))) {
            return Map.of();
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            index.put(series.get(i).train.id(), i);
        }
        Map<String, double[][]> out = new LinkedHashMap<>();
        for (String[] r : rows(data, name)) {
            Integer i = index.get(r[1]);
            if (i == null) {
                continue;
            }
            double[][] f = out.computeIfAbsent(r[0], k -> new double[series.size()][]);
            if (f[i] == null) {
                f[i] = new double[series.get(i).h];
            }
            int step = Integer.parseInt(r[2]);
            if (step <= f[i].length) {
                f[i][step - 1] = Double.parseDouble(r[3]);
            }
        }
        return out;
    }

    private static List<Series> load(Path data, String group, Frequency freq) {
        Map<String, Integer> h = new LinkedHashMap<>();
        for (String[] r : rows(data, group + "-meta.csv")) {
            h.put(r[0], Integer.parseInt(r[4]));
        }
        Map<String, List<double[]>> train = new LinkedHashMap<>();
        Map<String, LocalDate> start = new LinkedHashMap<>();
        for (String[] r : rows(data, group + "-train.csv")) {
            start.putIfAbsent(r[0], LocalDate.parse(r[1]));
            train.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new double[] {Double.parseDouble(r[2])});
        }
        Map<String, List<double[]>> test = new LinkedHashMap<>();
        for (String[] r : rows(data, group + "-test.csv")) {
            test.computeIfAbsent(r[0], k -> new ArrayList<>()).add(new double[] {Double.parseDouble(r[2])});
        }
        List<Series> out = new ArrayList<>();
        for (String id : h.keySet()) {
            double[] y = train.get(id).stream().mapToDouble(a -> a[0]).toArray();
            double[] t = test.get(id).stream().mapToDouble(a -> a[0]).toArray();
            out.add(new Series(new TimeSeries(id, PlanPeriod.containing(freq, start.get(id)), y), t, h.get(id)));
        }
        return out;
    }

    /** Rows of a vendored CSV (header skipped): from --data DIR, by default the distribution's bench/m3. */
    private static List<String[]> rows(Path data, String name) {
        try (InputStream in = open(data, name);
             Reader r = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setSkipHeaderRecord(true).setHeader().build().parse(r)) {
            List<String[]> out = new ArrayList<>();
            for (CSVRecord record : parser) {
                out.add(record.values());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Path data, String name) throws IOException {
        Path plain = data.resolve(name);
        if (Files.exists(plain)) {
            return Files.newInputStream(plain);
        }
        Path gz = data.resolve(name + ".gz");
        if (!Files.exists(gz)) {
            throw new IOException("missing benchmark data " + gz + " (give the folder of the M3 files with --data DIR)");
        }
        return new GZIPInputStream(Files.newInputStream(gz), 1 << 16);
    }
}
