package com.salesworkbench.funnel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The risk range of a pipeline: each open deal is won (its whole amount) with its probability, independently.
 * The Monte Carlo simulation draws {@code runs} outcomes and reports P10 / P50 / P90 of the revenue and the
 * share of runs that reach the plan; for small pipelines {@link #exact} gives the exact distribution.
 *
 * <p>Amounts are whole minor units (kopecks, cents) in {@code long}; probabilities are turned into 32-bit
 * thresholds, so one 64-bit draw of {@link SplittableRandom} decides two deals and a won deal is added
 * without a branch. The runs are cut into fixed blocks, each with its own generator split from the seed in
 * order, and the blocks are shared among worker threads: the result depends on the seed only, never on the
 * number of threads.
 */
public final class RiskSimulation {

    /** Runs per block: the unit of work and of random streams. */
    static final int BLOCK = 64;

    /** Beyond this many steps (revenue values x deals) the exact distribution is not attempted. */
    static final long MAX_EXACT_WORK = 200_000_000L;

    private RiskSimulation() {
    }

    /**
     * @param p10               revenue reached or exceeded in 90% of runs
     * @param probabilityOfPlan share of runs whose revenue is at least the plan
     */
    public record Range(long p10, long p50, long p90, double mean, double probabilityOfPlan, int runs, long plan) {
    }

    /** The exact distribution: {@code probabilities[i]} is the chance of revenue {@code i * unit}. */
    public record Distribution(long unit, double[] probabilities) {

        /** The smallest revenue whose cumulative probability reaches {@code q}. */
        public long quantile(double q) {
            double cum = 0;
            for (int i = 0; i < probabilities.length; i++) {
                cum += probabilities[i];
                if (cum >= q - 1e-12) {
                    return i * unit;
                }
            }
            return (probabilities.length - 1) * unit;
        }

        public double probabilityAtLeast(long plan) {
            double p = 0;
            for (int i = probabilities.length - 1; i >= 0 && i * unit >= plan; i--) {
                p += probabilities[i];
            }
            return Math.min(1, p);
        }

        public double mean() {
            double m = 0;
            for (int i = 0; i < probabilities.length; i++) {
                m += probabilities[i] * i * unit;
            }
            return m;
        }
    }

    /** Probabilities (0..1) as thresholds for a 32-bit uniform draw: won when draw < threshold. */
    static long[] thresholds(double[] probabilities) {
        long[] t = new long[probabilities.length];
        for (int i = 0; i < t.length; i++) {
            double p = probabilities[i];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("Probability of deal " + i + " outside 0..1: " + p);
            }
            t[i] = Math.round(p * 4294967296.0);
        }
        return t;
    }

    /** The revenue of every run, in run order (repeatable for a seed, whatever the thread count). */
    public static long[] outcomes(long[] amounts, double[] probabilities, int runs, long seed, int threads) {
        if (amounts.length != probabilities.length) {
            throw new IllegalArgumentException("amounts and probabilities differ in length");
        }
        if (runs < 1) {
            throw new FunnelException("error.runs", "The number of runs must be at least 1, got " + runs, runs);
        }
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] < 0) {
                throw new IllegalArgumentException("Negative amount of deal " + i + ": " + amounts[i]);
            }
        }
        long[] thr = thresholds(probabilities);
        long[] amt = amounts.clone();
        int blocks = (runs + BLOCK - 1) / BLOCK;
        SplittableRandom root = new SplittableRandom(seed);
        SplittableRandom[] streams = new SplittableRandom[blocks];
        for (int b = 0; b < blocks; b++) {
            streams[b] = root.split();
        }
        long[] out = new long[runs];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int b; (b = next.getAndIncrement()) < blocks; ) {
                SplittableRandom rng = streams[b];
                int end = Math.min(runs, (b + 1) * BLOCK);
                for (int r = b * BLOCK; r < end; r++) {
                    out[r] = run(amt, thr, rng);
                }
            }
        };
        int n = Math.max(1, Math.min(threads, blocks));
        if (n == 1) {
            worker.run();
            return out;
        }
        List<Thread> pool = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            Thread t = new Thread(worker, "funnel-simulation-" + i);
            t.setDaemon(true);
            t.start();
            pool.add(t);
        }
        worker.run();
        for (Thread t : pool) {
            boolean interrupted = false;
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return out;
    }

    /** One run: the revenue of the deals won. Two deals per 64-bit draw, added without a branch. */
    private static long run(long[] amt, long[] thr, SplittableRandom rng) {
        long sum = 0;
        int n = amt.length;
        int i = 0;
        for (; i + 1 < n; i += 2) {
            long bits = rng.nextLong();
            long u1 = bits >>> 32;
            long u2 = bits & 0xFFFFFFFFL;
            sum += amt[i] & ((u1 - thr[i]) >> 63);
            sum += amt[i + 1] & ((u2 - thr[i + 1]) >> 63);
        }
        if (i < n) {
            long u = rng.nextLong() >>> 32;
            sum += amt[i] & ((u - thr[i]) >> 63);
        }
        return sum;
    }

    /** Simulates and summarises: P10 / P50 / P90, mean and the chance of reaching {@code plan}. */
    public static Range simulate(long[] amounts, double[] probabilities, int runs, long seed, int threads, long plan) {
        long[] out = outcomes(amounts, probabilities, runs, seed, threads);
        return summarise(out, plan);
    }

    /** P10 / P50 / P90, mean and the chance of the plan of outcomes drawn in parts (e.g. by a cancellable task). */
    public static Range summarise(long[] outcomes, long plan) {
        long reached = 0;
        double total = 0;
        for (long v : outcomes) {
            if (v >= plan) {
                reached++;
            }
            total += v;
        }
        long[] sorted = outcomes.clone();
        Arrays.parallelSort(sorted);
        return new Range(quantile(sorted, 0.10), quantile(sorted, 0.50), quantile(sorted, 0.90),
                total / sorted.length, (double) reached / sorted.length, sorted.length, plan);
    }

    /** The same definition as the exact one: the smallest value whose share of runs reaches {@code q}. */
    static long quantile(long[] sorted, double q) {
        int idx = (int) Math.ceil(q * sorted.length - 1e-9) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }

    /**
     * The exact distribution by dynamic programming over the revenue in units of the amounts' greatest common
     * divisor; empty when that takes more than {@code maxStates} revenue values or more than
     * {@value #MAX_EXACT_WORK} steps (the pipeline is not small).
     */
    public static Optional<Distribution> exact(long[] amounts, double[] probabilities, int maxStates) {
        long g = 0;
        long total = 0;
        for (long a : amounts) {
            if (a < 0) {
                throw new IllegalArgumentException("Negative amount: " + a);
            }
            g = gcd(g, a);
            total += a;
        }
        if (g == 0) {
            return Optional.of(new Distribution(1, new double[] {1.0}));
        }
        long states = total / g + 1;
        if (states > maxStates || states * amounts.length > MAX_EXACT_WORK) {
            return Optional.empty();
        }
        double[] dp = new double[(int) states];
        dp[0] = 1;
        int hi = 0;
        for (int i = 0; i < amounts.length; i++) {
            int a = (int) (amounts[i] / g);
            double p = probabilities[i];
            if (a == 0) {
                continue;
            }
            for (int s = hi; s >= 0; s--) {
                double v = dp[s];
                if (v != 0) {
                    dp[s + a] += v * p;
                    dp[s] = v * (1 - p);
                }
            }
            hi += a;
        }
        return Optional.of(new Distribution(g, dp));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
