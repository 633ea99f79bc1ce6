package com.salesworkbench.motivation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Anti-gaming: the daily dynamics of each manager's sales, to see sales or payments held back into the next month.
 *
 * <p>For every manager and month: the cumulative sales by day, the share sold in the last {@code edgeDays} working
 * days (Monday to Friday) of the month, and the share of the next month sold in its first {@code edgeDays} working
 * days. A month is flagged
 * <ul>
 *   <li>{@link Flag#HOLD_BACK} when it fell short (attainment = sales / plan below {@code shortfall}; needs a
 *   {@code plan} row) and at least {@code carryShare} of the next month's sales came in its first working days;</li>
 *   <li>{@link Flag#SPIKE} when at least {@code spikeShare} of the month's sales came in its last working days.</li>
 * </ul>
 * A manager is suspicious when any month is flagged. Shares are fractions (0.35 = 35%), rounded to 4 decimals.
 */
public final class Dynamics {
    private Dynamics() {
    }

    /** The thresholds; {@link #DEFAULTS}: sales, 3 working days, short below 100% of plan, 35% carried, 50% spike. */
    public record Settings(String metric, int edgeDays, BigDecimal shortfall, BigDecimal carryShare, BigDecimal spikeShare) {
        public Settings {
            if (metric == null || metric.isBlank()) {
                throw new PayException("error.dynMetric", "The metric must not be empty");
            }
            if (edgeDays < 1 || edgeDays > 10) {
                throw new PayException("error.dynDays", "Edge days must be 1 to 10, not " + edgeDays, edgeDays);
            }
            share("shortfall", shortfall, BigDecimal.TEN);
            share("carry", carryShare, BigDecimal.ONE);
            share("spike", spikeShare, BigDecimal.ONE);
        }

        private static void share(String name, BigDecimal v, BigDecimal max) {
            if (v == null || v.signum() <= 0 || v.compareTo(max) > 0) {
                throw new PayException("error.dynShare", "Threshold " + name + " must be above 0 and at most "
                        + max.toPlainString() + ", not " + v, name, max.toPlainString(), String.valueOf(v));
            }
        }

        public Settings withMetric(String m) {
            return new Settings(m, edgeDays, shortfall, carryShare, spikeShare);
        }
    }

    public static final Settings DEFAULTS = new Settings("sales", 3, BigDecimal.ONE, new BigDecimal("0.35"), new BigDecimal("0.5"));

    public enum Flag { HOLD_BACK, SPIKE }

    /**
     * One manager's month.
     *
     * @param cumulative     cumulative sales at the end of each calendar day (index 0 = day 1)
     * @param attainment     total / plan, or null without a plan
     * @param endShare       share of the month's sales in its last working days (null when nothing was sold)
     * @param nextStartShare share of the next month's sales in its first working days (null without next-month sales)
     */
    public record Month(String person, String team, YearMonth month, List<BigDecimal> cumulative, BigDecimal total,
                        BigDecimal plan, BigDecimal attainment, BigDecimal endShare, BigDecimal nextStartShare,
                        List<Flag> flags) {
        public Month {
            cumulative = List.copyOf(cumulative);
            flags = List.copyOf(flags);
        }

        public boolean flagged() {
            return !flags.isEmpty();
        }
    }

    /** Every manager's months in order, managers by name. */
    public static SortedMap<String, List<Month>> analyse(Collection<Activity> rows, Settings s) {
        Map<String, String> teams = new TreeMap<>();
        Map<String, TreeMap<YearMonth, BigDecimal[]>> daily = new TreeMap<>();
        Map<String, Map<YearMonth, BigDecimal>> plans = new TreeMap<>();
        for (Activity a : rows) {
            YearMonth m = YearMonth.from(a.date());
            if (a.metric().equals(s.metric())) {
                teams.putIfAbsent(a.person(), a.team());
                BigDecimal[] days = daily.computeIfAbsent(a.person(), k -> new TreeMap<>())
                        .computeIfAbsent(m, k -> zeros(k.lengthOfMonth()));
                days[a.date().getDayOfMonth() - 1] = days[a.date().getDayOfMonth() - 1].add(a.value());
            } else if (a.metric().equals("plan")) {
                plans.computeIfAbsent(a.person(), k -> new TreeMap<>()).merge(m, a.value(), BigDecimal::add);
            }
        }
        SortedMap<String, List<Month>> out = new TreeMap<>();
        daily.forEach((person, months) -> {
            List<Month> list = new ArrayList<>();
            months.forEach((m, days) -> {
                List<BigDecimal> cum = new ArrayList<>(days.length);
                BigDecimal run = BigDecimal.ZERO;
                for (BigDecimal d : days) {
                    run = run.add(d);
                    cum.add(run);
                }
                BigDecimal total = run;
                BigDecimal plan = plans.getOrDefault(person, Map.of()).get(m);
                BigDecimal attainment = plan == null || plan.signum() <= 0 ? null : total.divide(plan, 4, RoundingMode.HALF_EVEN);
                BigDecimal end = share(sum(days, lastWorkingDays(m, s.edgeDays())), total);
                BigDecimal[] next = months.get(m.plusMonths(1));
                BigDecimal nextStart = null;
                if (next != null) {
                    nextStart = share(sum(next, firstWorkingDays(m.plusMonths(1), s.edgeDays())), total(next));
                }
                List<Flag> flags = new ArrayList<>();
                if (attainment != null && attainment.compareTo(s.shortfall()) < 0 && nextStart != null
                        && nextStart.compareTo(s.carryShare()) >= 0) {
                    flags.add(Flag.HOLD_BACK);
                }
                if (end != null && end.compareTo(s.spikeShare()) >= 0) {
                    flags.add(Flag.SPIKE);
                }
                list.add(new Month(person, teams.get(person), m, cum, total, plan, attainment, end, nextStart, flags));
            });
            out.put(person, list);
        });
        return out;
    }

    /** The managers with at least one flagged month. */
    public static List<String> suspicious(SortedMap<String, List<Month>> analysis) {
        return analysis.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(Month::flagged)).map(Map.Entry::getKey)
                .toList();
    }

    /** The first {@code n} working days (Monday to Friday) of a month, as days of the month. */
    public static List<Integer> firstWorkingDays(YearMonth m, int n) {
        List<Integer> out = new ArrayList<>();
        for (int d = 1; d <= m.lengthOfMonth() && out.size() < n; d++) {
            if (working(m.atDay(d))) {
                out.add(d);
            }
        }
        return out;
    }

    /** The last {@code n} working days (Monday to Friday) of a month, as days of the month. */
    public static List<Integer> lastWorkingDays(YearMonth m, int n) {
        List<Integer> out = new ArrayList<>();
        for (int d = m.lengthOfMonth(); d >= 1 && out.size() < n; d--) {
            if (working(m.atDay(d))) {
                out.add(0, d);
            }
        }
        return out;
    }

    private static boolean working(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private static BigDecimal sum(BigDecimal[] days, List<Integer> which) {
        BigDecimal s = BigDecimal.ZERO;
        for (int d : which) {
            s = s.add(days[d - 1]);
        }
        return s;
    }

    private static BigDecimal share(BigDecimal part, BigDecimal total) {
        return total.signum() <= 0 ? null : part.divide(total, 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal total(BigDecimal[] days) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal d : days) {
            s = s.add(d);
        }
        return s;
    }
}
