package com.salesworkbench.motivation.internal.bench;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.RuleSpec;
import com.salesworkbench.motivation.SchemeRun;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code bench pay}: a scheme of 8 rules (plan scale, KPI matrix, marginal tiers, accelerator, fine, clawback,
 * draw, cap) evaluated for N reps x 12 months (statements with every line), reps spread over the cores. Prints
 * each run and ends with one JSON line. Options: --reps N (10000), --months N (12), --runs N (5), --warmup N (3),
 * --seed N, --keep true|false (false: statements computed line by line, only totals kept).
 */
public final class PayBenchmark {
    private PayBenchmark() {
    }

    static PayScheme scheme() {
        List<RuleSpec> rules = List.of(
                new RuleSpec("scale", "plan-scale", Map.of("targetIncentive", 20000, "checkpoints", List.of(
                        Map.of("at", 0.25, "share", 0.1), Map.of("at", 0.5, "share", 0.3), Map.of("at", 0.75, "share", 0.6),
                        Map.of("at", 1.0, "share", 1.0)), "above", List.of(Map.of("from", 1.0, "rate", 0.05), Map.of("from", 1.2, "rate", 0.08)))),
                new RuleSpec("kpi", "kpi-matrix", Map.of("targetIncentive", 10000, "kpis", List.of(
                        Map.of("name", "margin", "weight", 60, "threshold", 0.5, "cap", 1.5),
                        Map.of("name", "calls", "weight", 40, "threshold", 0.8, "rampFrom", 0.5, "cap", 1.2)),
                        "gate", Map.of("on", "attainment", "min", 0.8))),
                new RuleSpec("tiers", "marginal-tiers", Map.of("tiers", List.of(Map.of("upTo", 1500000, "rate", 0.01),
                        Map.of("upTo", 3000000, "rate", 0.015), Map.of("rate", 0.02)))),
                new RuleSpec("acc", "accelerator", Map.of("targetIncentive", 10000, "factor", 1.5, "cap", 2)),
                new RuleSpec("fine", "fine", Map.of("below", 0.5, "amount", 3000)),
                new RuleSpec("clawback", "clawback", Map.of("termMonths", 12, "mode", "pro-rata")),
                new RuleSpec("draw", "draw", Map.of("draw", 15000, "recoverable", true)),
                new RuleSpec("cap", "cap", Map.of("max", 250000)));
        return new PayScheme("bench", 1, new BigDecimal("50000"), new BigDecimal("40000"), "RUB", null, rules);
    }

    static Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> figures(int reps, int months, long seed) {
        Random rnd = new Random(seed);
        Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> out = new HashMap<>();
        for (int r = 0; r < reps; r++) {
            SortedMap<PlanPeriod, Map<String, BigDecimal>> m = new TreeMap<>();
            BigDecimal plan = BigDecimal.valueOf(500000 + rnd.nextInt(20) * 50000L);
            BigDecimal booked = BigDecimal.ZERO;
            for (int i = 0; i < months; i++) {
                BigDecimal actual = BigDecimal.valueOf(Math.round(plan.doubleValue() * (0.3 + rnd.nextDouble() * 1.2)));
                Map<String, BigDecimal> f = new HashMap<>();
                f.put("plan", plan);
                f.put("actual", actual);
                f.put("booked", booked);
                f.put("kpi.margin", BigDecimal.valueOf(50 + rnd.nextInt(100), 2));
                f.put("kpi.calls", BigDecimal.valueOf(60 + rnd.nextInt(80), 2));
                if (rnd.nextInt(20) == 0) {
                    f.put("cancelled.commission", BigDecimal.valueOf(1000 + rnd.nextInt(9000)));
                    f.put("cancelled.month", BigDecimal.valueOf(1 + rnd.nextInt(12)));
                }
                booked = booked.add(actual);
                m.put(PlanPeriod.month(YearMonth.of(2025, 1).plusMonths(i)), Map.copyOf(f));
            }
            out.put(String.format("rep%05d", r), m);
        }
        return out;
    }

    public static void main(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int reps = Integer.parseInt(opt.getOrDefault("reps", "10000"));
        int months = Integer.parseInt(opt.getOrDefault("months", "12"));
        int runs = Integer.parseInt(opt.getOrDefault("runs", "5"));
        int warmup = Integer.parseInt(opt.getOrDefault("warmup", "3"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "7"));
        boolean keep = Boolean.parseBoolean(opt.getOrDefault("keep", "false"));
        PayScheme scheme = scheme();
        PayEngine engine = PayEngine.of(BuiltinRules.all());
        var figures = figures(reps, months, seed);
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "bench pay: %d reps x %d months, scheme of %d rules, %d cores%n", reps, months,
                scheme.rules().size(), cores);
        SchemeRun last = null;
        for (int i = 0; i < warmup; i++) {
            last = SchemeRun.run(engine, scheme, figures, true, keep);
        }
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            last = SchemeRun.run(engine, scheme, figures, true, keep);
            double s = (System.nanoTime() - t0) / 1e9;
            seconds.add(s);
            System.out.printf(Locale.ROOT, "run %d: %.3f s%n", i + 1, s);
        }
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double best = sorted[0];
        double median = sorted[sorted.length / 2];
        long lines = keep ? last.statements().values().stream().flatMap(List::stream).mapToLong(s -> s.lines().size()).sum()
                : (long) reps * months * (scheme.rules().size() + 1);
        System.out.printf(Locale.ROOT, "statements %d, lines %d, problems %d, total pay %s, cost of sales %s%n",
                reps * months, lines, last.problems().size(), last.totalPay().amount().toPlainString(),
                last.costOfSales().map(BigDecimal::toPlainString).orElse("-"));
        System.out.printf(Locale.ROOT, "best %.3f s, median %.3f s (bar: <= 1 s on 2 cores)%n", best, median);
        System.out.printf(Locale.ROOT, "{\"bench\":\"pay\",\"reps\":%d,\"months\":%d,\"rules\":%d,\"cores\":%d,\"runs\":%s,"
                        + "\"best_s\":%.3f,\"median_s\":%.3f,\"lines\":%d,\"problems\":%d,\"total_pay\":\"%s\",\"bar_s\":1.0,\"pass\":%s}%n",
                reps, months, scheme.rules().size(), cores, Arrays.toString(sorted).replace(" ", ""), best, median, lines,
                last.problems().size(), last.totalPay().amount().toPlainString(), best <= 1.0);
    }
}
