package com.salesworkbench.planning;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Forecast against actual (seed 002): ABC classes by value, tolerance bands by family, item and class, the
 * 3-month rolling figure, forecast versions judged at the frozen lag, slices and persistent deviators.
 * A deviation is (actual - forecast) / forecast.
 */
public final class ForecastAccuracy {

    private static final MathContext MC = MathContext.DECIMAL64;

    public enum AbcClass {
        A, B, C
    }

    /** Cumulative value shares: A up to {@code a}, B up to {@code a + b}, C the rest (defaults 80 / 15 / 5). */
    public record AbcThresholds(BigDecimal a, BigDecimal b) {
        public static final AbcThresholds DEFAULT = new AbcThresholds(new BigDecimal("0.80"), new BigDecimal("0.15"));

        public AbcThresholds {
            if (a.signum() <= 0 || b.signum() < 0 || a.add(b).compareTo(BigDecimal.ONE) > 0) {
                throw new PlanningException("abc.thresholds", a, b);
            }
        }
    }

    /** Tolerance bands as fractions (0.20 = 20%); defaults from seed 002, all configurable. */
    public record Tolerances(BigDecimal familyMonthly, BigDecimal familyRolling3, BigDecimal item, BigDecimal classA,
            BigDecimal classB, BigDecimal classC) {
        public static final Tolerances DEFAULT = new Tolerances(new BigDecimal("0.20"), new BigDecimal("0.10"),
                new BigDecimal("0.30"), new BigDecimal("0.20"), new BigDecimal("0.35"), new BigDecimal("2.50"));

        public BigDecimal of(AbcClass c) {
            return switch (c) {
                case A -> classA;
                case B -> classB;
                case C -> classC;
            };
        }
    }

    private ForecastAccuracy() {
    }

    /**
     * ABC classes by value (Pareto): items sorted by value, an item takes the class in which the cumulative
     * share before it falls, so the item that crosses 80% is still A.
     */
    public static Map<String, AbcClass> abc(Map<String, BigDecimal> valueByItem, AbcThresholds t) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : valueByItem.entrySet()) {
            if (e.getValue() == null || e.getValue().signum() < 0) {
                throw new PlanningException("abc.negative", e.getKey(), e.getValue());
            }
            total = total.add(e.getValue());
        }
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(valueByItem.entrySet());
        sorted.sort(Map.Entry.<String, BigDecimal>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, AbcClass> out = new LinkedHashMap<>();
        BigDecimal before = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> e : sorted) {
            BigDecimal share = total.signum() == 0 ? BigDecimal.ONE : before.divide(total, MC);
            AbcClass c = share.compareTo(t.a()) < 0 ? AbcClass.A
                    : share.compareTo(t.a().add(t.b())) < 0 ? AbcClass.B : AbcClass.C;
            out.put(e.getKey(), c);
            before = before.add(e.getValue());
        }
        return out;
    }

    /** (actual - forecast) / forecast; a zero forecast is refused with the row named. */
    public static BigDecimal deviation(String row, BigDecimal forecast, BigDecimal actual) {
        if (forecast.signum() == 0) {
            throw new PlanningException("accuracy.zeroForecast", row);
        }
        return actual.subtract(forecast).divide(forecast, MC);
    }

    public static boolean within(BigDecimal deviation, BigDecimal tolerance) {
        return deviation.abs().compareTo(tolerance) <= 0;
    }

    /**
     * The 3-month rolling deviation ending at {@code month}: sum of 3 months' actuals against the sum of 3
     * months' forecasts (also how low-volume items are judged).
     */
    public static BigDecimal rolling3(String row, Map<YearMonth, BigDecimal> forecast, Map<YearMonth, BigDecimal> actual,
            YearMonth month) {
        BigDecimal f = BigDecimal.ZERO;
        BigDecimal a = BigDecimal.ZERO;
        for (int i = 0; i < 3; i++) {
            YearMonth m = month.minusMonths(i);
            if (!forecast.containsKey(m) || !actual.containsKey(m)) {
                throw new PlanningException("accuracy.missingMonth", row, m);
            }
            f = f.add(forecast.get(m));
            a = a.add(actual.get(m));
        }
        return deviation(row + " " + month.minusMonths(2) + ".." + month, f, a);
    }

    /**
     * Forecast snapshots: each version (the month it was made) holds forecasts for later months. Accuracy
     * uses the version current {@code lag} months before the target month, not the latest revision.
     */
    public static final class Versions {
        private final NavigableMap<YearMonth, Map<YearMonth, BigDecimal>> versions = new TreeMap<>();

        public Versions add(YearMonth madeIn, Map<YearMonth, BigDecimal> forecasts) {
            versions.put(madeIn, Map.copyOf(forecasts));
            return this;
        }

        /** The forecast for {@code target} from the latest version made at or before target - lag. */
        public BigDecimal frozen(String row, YearMonth target, int lag) {
            Map.Entry<YearMonth, Map<YearMonth, BigDecimal>> v = versions.floorEntry(target.minusMonths(lag));
            if (v == null || !v.getValue().containsKey(target)) {
                throw new PlanningException("accuracy.noFrozenVersion", row, target, lag);
            }
            return v.getValue().get(target);
        }

        public BigDecimal latest(String row, YearMonth target) {
            for (Map<YearMonth, BigDecimal> v : versions.descendingMap().values()) {
                if (v.containsKey(target)) {
                    return v.get(target);
                }
            }
            throw new PlanningException("accuracy.noFrozenVersion", row, target, 0);
        }
    }

    /** One observation for slicing: its attributes (region, rep, industry ...) and forecast / actual. */
    public record Observation(Map<String, String> attributes, YearMonth month, BigDecimal forecast, BigDecimal actual) {
        public Observation {
            attributes = Map.copyOf(attributes);
            Objects.requireNonNull(month);
        }
    }

    /** Forecast and actual summed per value of one attribute, with the deviation of each slice. */
    public record Slice(String value, BigDecimal forecast, BigDecimal actual, BigDecimal deviation) {
    }

    public static List<Slice> slice(List<Observation> obs, String attribute) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        for (Observation o : obs) {
            String v = o.attributes().get(attribute);
            if (v == null) {
                throw new PlanningException("accuracy.noAttribute", attribute, o.month());
            }
            BigDecimal[] s = sums.computeIfAbsent(v, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(o.forecast());
            s[1] = s[1].add(o.actual());
        }
        List<Slice> out = new ArrayList<>();
        sums.forEach((v, s) -> out.add(new Slice(v, s[0], s[1], deviation(attribute + "=" + v, s[0], s[1]))));
        return out;
    }

    /**
     * Reps whose monthly deviation is outside the tolerance in at least {@code minMonths} of their last
     * {@code window} months, all in the same direction (persistent over- or under-forecasting).
     */
    public static Map<String, Integer> persistentDeviators(List<Observation> obs, String repAttribute,
            BigDecimal tolerance, int window, int minMonths) {
        Map<String, TreeMap<YearMonth, BigDecimal[]>> byRep = new LinkedHashMap<>();
        for (Observation o : obs) {
            String rep = o.attributes().get(repAttribute);
            if (rep == null) {
                throw new PlanningException("accuracy.noAttribute", repAttribute, o.month());
            }
            BigDecimal[] s = byRep.computeIfAbsent(rep, k -> new TreeMap<>())
                    .computeIfAbsent(o.month(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(o.forecast());
            s[1] = s[1].add(o.actual());
        }
        Map<String, Integer> flagged = new LinkedHashMap<>();
        byRep.forEach((rep, months) -> {
            List<BigDecimal[]> last = new ArrayList<>(months.descendingMap().values());
            last = last.subList(0, Math.min(window, last.size()));
            int over = 0;
            int under = 0;
            for (BigDecimal[] s : last) {
                BigDecimal d = deviation(rep, s[0], s[1]);
                if (!within(d, tolerance)) {
                    if (d.signum() > 0) {
                        over++;
                    } else {
                        under++;
                    }
                }
            }
            int n = Math.max(over, under);
            if (n >= minMonths) {
                flagged.put(rep, over >= under ? n : -n);
            }
        });
        return flagged;
    }
}
