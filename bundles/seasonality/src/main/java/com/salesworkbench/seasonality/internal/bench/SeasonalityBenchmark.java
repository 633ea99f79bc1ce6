package com.salesworkbench.seasonality.internal.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.Decomposer;
import com.salesworkbench.seasonality.DecompositionOptions;
import com.salesworkbench.seasonality.IndexAverage;
import com.salesworkbench.seasonality.SeasonalForm;
import com.salesworkbench.workspace.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The seasonality bar: seasonal indices (centred 12-month moving average, ratios or differences, per-month
 * mean or median, normalisation) for 100 000 monthly series of 10 years in at most 5 s on the machine's
 * cores. The series are generated (level, trend, a seasonal pattern of their own, noise) before the clock
 * starts; each run computes every series' indices in parallel over all cores (the bulk path on arrays), then
 * every series' full decomposition from a {@code TimeSeries} (checks, trend, seasonal, remainder, indices),
 * checks that both give the same indices and how close they come to the pattern the series was made with.
 * The bar is on the indices; the full decompositions are reported beside them. Options:
 * {@code --series N --years N --runs N --form additive|multiplicative --average mean|median}. Ends with one JSON line of the figures; exit status 1 when the bar is missed.
 */
public final class SeasonalityBenchmark {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final long BAR_MS = 5000;
    private static final PlanPeriod START = PlanPeriod.parse("2016-01");

    private SeasonalityBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> opts = new LinkedHashMap<>(Map.of("--series", "100000", "--years", "10", "--runs", "5",
                "--form", "multiplicative", "--average", "mean"));
        for (int i = 0; i < args.length; i += 2) {
            if (!opts.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println("Unknown option or missing value: " + args[i] + "; known: " + opts.keySet());
                System.exit(2);
            }
            opts.put(args[i], args[i + 1]);
        }
        int series = Integer.parseInt(opts.get("--series"));
        int n = 12 * Integer.parseInt(opts.get("--years"));
        int runs = Integer.parseInt(opts.get("--runs"));
        SeasonalForm form = SeasonalForm.parse(opts.get("--form"));
        IndexAverage average = IndexAverage.parse(opts.get("--average"));
        int cores = Runtime.getRuntime().availableProcessors();

        OUT.printf("== Seasonal indices: %d monthly series of %d months, %s, %s, %d cores%n", series, n,
                form.name().toLowerCase(), average.name().toLowerCase(), cores);
        long g0 = System.nanoTime();
        double[][] data = new double[series][];
        double[][] truth = new double[series][];
        double[] scale = new double[series];
        IntStream.range(0, series).parallel().forEach(s -> {
            SplittableRandom rnd = new SplittableRandom(20261121L + s);
            double[] pattern = new double[12];
            double sum = 0;
            for (int m = 0; m < 12; m++) {
                pattern[m] = 0.6 + 0.8 * rnd.nextDouble();
                sum += pattern[m];
            }
            for (int m = 0; m < 12; m++) {
                pattern[m] *= 12 / sum;
            }
            double level = 100 + 10_000 * rnd.nextDouble();
            double growth = (rnd.nextDouble() - 0.3) * 0.01;
            double[] y = new double[n];
            for (int t = 0; t < n; t++) {
                double trend = level * (1 + growth * t);
                double noise = 1 + 0.03 * (rnd.nextDouble() - 0.5);
                y[t] = form == SeasonalForm.MULTIPLICATIVE ? trend * pattern[t % 12] * noise
                        : trend + level * (pattern[t % 12] - 1) + level * (noise - 1);
            }
            data[s] = y;
            // the index each series should get: the pattern itself, or (additive) its swing in units
            double[] expected = new double[12];
            for (int m = 0; m < 12; m++) {
                expected[m] = form == SeasonalForm.MULTIPLICATIVE ? pattern[m] : level * (pattern[m] - 1);
            }
            truth[s] = expected;
            scale[s] = form == SeasonalForm.MULTIPLICATIVE ? 1 : level;
        });
        OUT.printf("  generated in %d ms (not timed)%n", (System.nanoTime() - g0) / 1_000_000);

        long[] ms = new long[runs];
        long[] fullMs = new long[runs];
        double[][] full = new double[series][];
        DecompositionOptions options = DecompositionOptions.DEFAULT.withAverage(average);
        double worstError = 0;
        for (int r = 0; r < runs; r++) {
            double[][] out = new double[series][];
            long t0 = System.nanoTime();
            IntStream.range(0, series).parallel().forEach(s -> out[s] = Decomposer.indices(data[s], 12, 0, form, average));
            ms[r] = (System.nanoTime() - t0) / 1_000_000;
            double worst = 0;
            for (int s = 0; s < series; s++) {
                for (int m = 0; m < 12; m++) {
                    worst = Math.max(worst, Math.abs(out[s][m] - truth[s][m]) / scale[s]);
                }
            }
            worstError = Math.max(worstError, worst);
            long f0 = System.nanoTime();
            IntStream.range(0, series).parallel().forEach(s -> full[s] = Decomposer.decompose(
                    new TimeSeries("s" + s, START, data[s]), form, options).figure());
            fullMs[r] = (System.nanoTime() - f0) / 1_000_000;
            for (int s = 0; s < series; s++) {
                if (!Arrays.equals(full[s], out[s])) {
                    throw new IllegalStateException("series " + s + ": the full decomposition and the bulk indices differ");
                }
            }
            OUT.printf("  run %d: indices %d ms; full decompositions (TimeSeries in, trend, seasonal, remainder and indices out) %d ms%s%n",
                    r + 1, ms[r], fullMs[r], r == 0 ? " (cold: first run in this JVM)" : "");
        }
        long[] sorted = ms.clone();
        Arrays.sort(sorted);
        long median = sorted[runs / 2];
        long max = sorted[runs - 1];
        long[] sortedFull = fullMs.clone();
        Arrays.sort(sortedFull);
        long fullMedian = sortedFull[runs / 2];
        long fullMax = sortedFull[runs - 1];
        boolean pass = max <= BAR_MS;
        OUT.printf("  indices: median %d ms, max %d ms (bar: %d ms) -> %s%n", median, max, BAR_MS, pass ? "PASS" : "FAIL");
        OUT.printf("  full decompositions: median %d ms, max %d ms (%s the same bar)%n", fullMedian, fullMax,
                fullMax <= BAR_MS ? "within" : "over");
        OUT.printf("  largest difference between an index and the pattern the series was made with: %.4f%s%n", worstError,
                form == SeasonalForm.MULTIPLICATIVE ? "" : " of the series' level");
        ObjectNode figures = Json.mapper().createObjectNode();
        figures.put("series", series).put("months", n).put("form", form.name().toLowerCase()).put("average",
                average.name().toLowerCase()).put("cores", cores).put("runs", runs).put("coldMs", ms[0])
                .put("medianMs", median).put("maxMs", max).put("fullColdMs", fullMs[0]).put("fullMedianMs", fullMedian)
                .put("fullMaxMs", fullMax).put("fullWithinBar", fullMax <= BAR_MS).put("barMs", BAR_MS).put("pass", pass)
                .put("largestIndexError", worstError);
        try {
            OUT.println(Json.mapper().writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(figures));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (!pass) {
            System.exit(1);
        }
    }
}
