package com.salesworkbench.funnel.internal.bench;

import com.salesworkbench.funnel.RiskSimulation;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Benchmark of the risk range: a synthetic pipeline of open deals (amounts 10 000.00 - 2 000 000.00,
 * probabilities 5-95%) simulated {@code --runs} times on every core; prints the time of each repetition and
 * ends with one JSON line. Bar: 50 000 deals x 10 000 runs in at most 2 s on 2 cores.
 *
 * <p>Usage: {@code bench funnel [--deals N] [--runs N] [--threads N] [--repeat N] [--seed N]}
 */
public final class SimulationBenchmark {

    private SimulationBenchmark() {
    }

    public static void main(String[] args) {
        int deals = 50_000;
        int runs = 10_000;
        int threads = Runtime.getRuntime().availableProcessors();
        int repeat = 5;
        long seed = 20261121L;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--deals" -> { deals = Integer.parseInt(v); i++; }
                case "--runs" -> { runs = Integer.parseInt(v); i++; }
                case "--threads" -> { threads = Integer.parseInt(v); i++; }
                case "--repeat" -> { repeat = Integer.parseInt(v); i++; }
                case "--seed" -> { seed = Long.parseLong(v); i++; }
                default -> {
                    System.err.println("Usage: bench funnel [--deals N] [--runs N] [--threads N] [--repeat N] [--seed N]");
                    System.exit(2);
                }
            }
        }
        SplittableRandom gen = new SplittableRandom(7);
        long[] amounts = new long[deals];
        double[] probs = new double[deals];
        double expected = 0;
        for (int i = 0; i < deals; i++) {
            amounts[i] = 1_000_000L + gen.nextLong(199_000_000L);
            probs[i] = 0.05 + 0.9 * gen.nextDouble();
            expected += amounts[i] * probs[i];
        }
        long plan = Math.round(expected);
        System.out.printf(Locale.ROOT, "Funnel risk range: %d open deals x %d runs on %d threads (%d cores), seed %d%n",
                deals, runs, threads, Runtime.getRuntime().availableProcessors(), seed);
        // warm-up: the same work once, so the timed repetitions measure compiled code
        RiskSimulation.simulate(amounts, probs, Math.min(runs, 2_000), seed, threads, plan);
        double[] ms = new double[repeat];
        RiskSimulation.Range r = null;
        for (int k = 0; k < repeat; k++) {
            long t0 = System.nanoTime();
            r = RiskSimulation.simulate(amounts, probs, runs, seed, threads, plan);
            ms[k] = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "  run %d: %.0f ms%n", k + 1, ms[k]);
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        double worst = sorted[sorted.length - 1];
        System.out.printf(Locale.ROOT, "P10 %.2f  P50 %.2f  P90 %.2f  mean %.2f (expected %.2f)  P(plan) %.3f%n",
                r.p10() / 100.0, r.p50() / 100.0, r.p90() / 100.0, r.mean() / 100.0, expected / 100.0,
                r.probabilityOfPlan());
        System.out.printf(Locale.ROOT, "median %.0f ms, worst %.0f ms, bar 2000 ms: %s%n", median, worst,
                worst <= 2000 ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "{\"benchmark\":\"funnel\",\"deals\":%d,\"runs\":%d,\"threads\":%d,\"cores\":%d,"
                        + "\"repeat\":%d,\"medianMs\":%.1f,\"worstMs\":%.1f,\"bestMs\":%.1f,\"barMs\":2000,\"pass\":%s,"
                        + "\"drawsPerSecond\":%.3e}%n",
                deals, runs, threads, Runtime.getRuntime().availableProcessors(), repeat, median, worst, sorted[0],
                worst <= 2000, (double) deals * runs / (median / 1000));
    }
}
