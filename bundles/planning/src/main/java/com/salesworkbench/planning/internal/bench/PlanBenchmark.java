package com.salesworkbench.planning.internal.bench;

import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.PriceBook;
import com.salesworkbench.planning.PriceMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./workbench bench plan}: a grid of managers x products x months (default 100 x 800 x 12 = 960 000
 * leaves, plus every subtotal), priced by product and region. Measures the full evaluation (pricing every
 * leaf and rebuilding every subtotal), one edited cell re-totalled (units -> money -> every subtotal), and
 * the heap used after GC. Options: {@code --managers N --products N --months N --runs N --edits N --seed N}.
 * Ends with one JSON line; exit status 1 when a bar is missed.
 */
public final class PlanBenchmark {

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        Map<String, String> o = new LinkedHashMap<>(Map.of("--managers", "100", "--products", "800", "--months", "12",
                "--runs", "7", "--edits", "10000", "--seed", "1"));
        for (int i = 0; i < args.length; i += 2) {
            if (!o.containsKey(args[i]) || i + 1 >= args.length) {
                System.err.println("Unknown option or missing value: " + args[i] + "; known: " + o.keySet());
                System.exit(2);
            }
            o.put(args[i], args[i + 1]);
        }
        int managers = Integer.parseInt(o.get("--managers"));
        int products = Integer.parseInt(o.get("--products"));
        int months = Integer.parseInt(o.get("--months"));
        int runs = Integer.parseInt(o.get("--runs"));
        int edits = Integer.parseInt(o.get("--edits"));
        Random rnd = new Random(Long.parseLong(o.get("--seed")));

        List<String> m = new ArrayList<>();
        Map<String, String> regions = new HashMap<>();
        for (int i = 0; i < managers; i++) {
            m.add("Manager " + i);
            regions.put("Manager " + i, "Region " + (i % 10));
        }
        List<String> p = new ArrayList<>();
        PriceBook book = new PriceBook(PriceMode.MARKUP);
        for (int i = 0; i < products; i++) {
            p.add("Product " + i);
            for (int r = 0; r < 10; r++) {
                book.averageCheck("Product " + i, "Region " + r, BigDecimal.valueOf(100 + rnd.nextInt(9900), 2));
                book.targetMargin("Product " + i, "Region " + r, BigDecimal.valueOf(5 + rnd.nextInt(40), 2));
            }
        }
        List<PlanPeriod> periods = new ArrayList<>();
        PlanPeriod first = PlanPeriod.parse("2027-01");
        for (int i = 0; i < months; i++) {
            periods.add(first.plus(i));
        }
        long t0 = System.nanoTime();
        PlanGrid g = new PlanGrid(List.of(new PlanGrid.Axis(Dimension.MANAGER, m), new PlanGrid.Axis(Dimension.PRODUCT, p)),
                periods, Currency.getInstance("RUB"));
        for (String mm : m) {
            for (String pp : p) {
                for (PlanPeriod pe : periods) {
                    g.setUnits(key(mm, pp, pe), 1 + rnd.nextInt(200));
                }
            }
        }
        double fillMs = (System.nanoTime() - t0) / 1e6;

        double[] full = new double[runs];
        for (int r = 0; r < runs; r++) {
            long s = System.nanoTime();
            g.price(book, regions);
            g.evaluate();
            full[r] = (System.nanoTime() - s) / 1e6;
        }
        long leaves = g.filledLeaves();
        long cells = leaves + g.subtotalCells();

        // edits: warm up, then time each edit and a read of the company total
        PlanKey[] keys = new PlanKey[edits];
        for (int i = 0; i < edits; i++) {
            keys[i] = key(m.get(rnd.nextInt(managers)), p.get(rnd.nextInt(products)), periods.get(rnd.nextInt(months)));
        }
        PlanKey warm = new PlanKey(Map.of(), periods.get(0));
        for (int i = 0; i < 20_000; i++) { // compile the edit path before timing it
            g.setUnits(keys[i % edits], 1 + rnd.nextInt(200));
            g.money(warm);
        }
        System.gc(); // the garbage of the evaluations above is not charged to the edits
        double[] edit = new double[edits];
        PlanKey company = new PlanKey(Map.of(), periods.get(0));
        long check = 0;
        for (int i = 0; i < edits; i++) {
            long s = System.nanoTime();
            g.setUnits(keys[i], 1 + rnd.nextInt(200));
            check += g.money(company).amount().signum();
            edit[i] = (System.nanoTime() - s) / 1e6;
        }
        // the incremental totals must equal a fresh evaluation
        String before = g.total(Map.of()).toString();
        g.evaluate();
        boolean consistent = before.equals(g.total(Map.of()).toString());

        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        double heapMiB = (rt.totalMemory() - rt.freeMemory()) / 1048576.0;

        Arrays.sort(full);
        Arrays.sort(edit);
        double fullMedian = full[runs / 2];
        double fullBest = full[0];
        double editMedian = edit[edits / 2];
        double editP99 = edit[(int) Math.min(edits - 1, Math.floor(edits * 0.99))];
        double editMax = edit[edits - 1];
        double editP999 = edit[(int) Math.min(edits - 1, Math.floor(edits * 0.999))];
        // judged on every edit (the max); a single outlier on a shared machine is printed, never hidden
        boolean pass = fullMedian <= 1000 && editMax <= 10 && heapMiB <= 1024 && consistent && check > 0;
        System.out.printf("grid: %d managers x %d products x %d months; %d filled leaves + %d subtotals = %d non-empty cells%n",
                managers, products, months, leaves, cells - leaves, cells);
        System.out.printf("filling by setUnits: %.0f ms%n", fillMs);
        System.out.printf("full evaluation (price every leaf + every subtotal), %d runs: median %.1f ms, best %.1f ms (bar 1000 ms)%n",
                runs, fullMedian, fullBest);
        System.out.printf("one edited cell re-totalled and the company total read, %d edits: median %.4f ms, p99 %.4f ms, p99.9 %.4f ms, max %.3f ms (bar 10 ms)%n",
                edits, editMedian, editP99, editP999, editMax);
        System.out.printf("incremental totals equal a fresh evaluation: %s; company total %s%n", consistent, before);
        System.out.printf("heap used after GC: %.1f MiB (bar 1024 MiB)%n", heapMiB);
        System.out.printf("{\"bench\":\"plan\",\"managers\":%d,\"products\":%d,\"months\":%d,\"leaves\":%d,\"cells\":%d,"
                + "\"full_eval_ms_median\":%.1f,\"full_eval_ms_best\":%.1f,\"edit_ms_median\":%.4f,\"edit_ms_p99\":%.4f,"
                + "\"edit_ms_p999\":%.4f,\"edit_ms_max\":%.3f,\"heap_mib_after_gc\":%.1f,\"consistent\":%s,\"pass\":%s}%n",
                managers, products, months, leaves, cells, fullMedian, fullBest, editMedian, editP99, editP999, editMax, heapMiB,
                consistent, pass);
        if (!pass) {
            System.exit(1);
        }
    }

    private static PlanKey key(String manager, String product, PlanPeriod period) {
        Map<Dimension, String> mm = new EnumMap<>(Dimension.class);
        mm.put(Dimension.MANAGER, manager);
        mm.put(Dimension.PRODUCT, product);
        return new PlanKey(mm, period);
    }
}
