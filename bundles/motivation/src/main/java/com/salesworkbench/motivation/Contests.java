package com.salesworkbench.motivation;

import com.salesworkbench.motivation.Contest.Comparator;
import com.salesworkbench.motivation.Contest.Period;
import com.salesworkbench.motivation.Contest.Scope;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The eleven contests of the seed (motivation.md section 3) and their evaluation on activity data. */
public final class Contests {
    private Contests() {
    }

    private static Contest top(String id, String title, String metric, Period p, String reward, BigDecimal money, boolean material) {
        return new Contest(id, title, metric, Comparator.TOP, null, 1, p, Scope.PERSON, reward, money, material);
    }

    private static Contest over(String id, String title, String metric, Comparator c, String threshold, Period p, Scope s,
                                String reward, BigDecimal money, boolean material) {
        return new Contest(id, title, metric, c, new BigDecimal(threshold), 0, p, s, reward, money, material);
    }

    public static final List<Contest> PRESETS = List.of(
            top("overfulfilment-bonus", "Largest over-fulfilment of plan", "overfulfilment", Period.MONTH,
                    "extra bonus", new BigDecimal("10000"), true),
            over("contracts-phone", "More than 50 contracts signed in the month", "contracts", Comparator.ABOVE, "50",
                    Period.MONTH, Scope.PERSON, "a phone", null, true),
            top("calls-certificate", "Most calls in the month", "calls", Period.MONTH, "gift certificate", null, true),
            over("quarter-trip", "Cumulative 3-month plan at 150%", "attainment", Comparator.AT_LEAST, "1.5",
                    Period.QUARTER, Scope.PERSON, "a trip", null, true),
            over("week-days-off", "200 000 sold within one week", "sales", Comparator.AT_LEAST, "200000",
                    Period.WEEK, Scope.PERSON, "2 extra days off", null, false),
            top("best-manager", "Largest over-fulfilment in the month", "overfulfilment", Period.MONTH,
                    "best manager of the month", null, false),
            top("meetings-interview", "Most meetings in the month", "meetings", Period.MONTH,
                    "interview in the company paper", null, false),
            over("vip-hour", "More than 3 contracts with VIP clients in the month", "vipContracts", Comparator.ABOVE, "3",
                    Period.MONTH, Scope.PERSON, "an hour later in / earlier out for a week", null, false),
            over("team-bowling", "Department total plan at 120%", "attainment", Comparator.AT_LEAST, "1.2",
                    Period.MONTH, Scope.TEAM, "bowling", null, true),
            over("team-calls-bonus", "Department calls up 30%", "callsGrowth", Comparator.AT_LEAST, "0.3",
                    Period.MONTH, Scope.TEAM, "5 000 each", new BigDecimal("5000"), true),
            over("team-party", "Department monthly profit above 10 million", "profit", Comparator.ABOVE, "10000000",
                    Period.MONTH, Scope.TEAM, "a party", null, true));

    public static Contest preset(String id) {
        return PRESETS.stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new PayException("error.noContest", "No contest preset '" + id + "'", id));
    }

    /**
     * Evaluates a contest for the month {@code month}: a monthly contest on that month, a 3-month one on the
     * three months ending with it, a weekly one on every week (Monday to Sunday) starting in it.
     */
    public static ContestResult evaluate(Contest c, Collection<Activity> data, YearMonth month) {
        return switch (c.period()) {
            case MONTH -> evaluate(c, data, month.atDay(1), month.atEndOfMonth(), month.minusMonths(1).atDay(1), null);
            case QUARTER -> evaluate(c, data, month.minusMonths(2).atDay(1), month.atEndOfMonth(),
                    month.minusMonths(5).atDay(1), null);
            case WEEK -> weekly(c, data, month);
        };
    }

    private static ContestResult weekly(Contest c, Collection<Activity> data, YearMonth month) {
        LocalDate monday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        List<ContestResult.Standing> all = new ArrayList<>();
        String unit = "count";
        for (; !monday.isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
            ContestResult r = evaluate(c, data, monday, monday.plusDays(6), monday.minusWeeks(1), monday);
            all.addAll(r.standings());
            unit = r.unit();
        }
        return new ContestResult(c, month.atDay(1), month.atEndOfMonth(), unit, all);
    }

    private static Map<String, Map<String, BigDecimal>> totals(Contest c, Collection<Activity> data, LocalDate from, LocalDate to) {
        Map<String, Map<String, BigDecimal>> out = new TreeMap<>();
        for (Activity a : data) {
            if (a.date().isBefore(from) || a.date().isAfter(to)) {
                continue;
            }
            String subject = c.scope() == Scope.TEAM ? a.team() : a.person();
            out.computeIfAbsent(subject, k -> new HashMap<>()).merge(a.metric(), a.value(), BigDecimal::add);
        }
        return out;
    }

    private static ContestResult evaluate(Contest c, Collection<Activity> data, LocalDate from, LocalDate to,
                                          LocalDate previousFrom, LocalDate week) {
        Map<String, Map<String, BigDecimal>> totals = totals(c, data, from, to);
        Map<String, BigDecimal> values = new TreeMap<>();
        String unit = "count";
        switch (c.metric()) {
            case "attainment" -> {
                unit = "percent";
                totals.forEach((s, m) -> ratio(m.get("sales"), m.get("plan")).ifPresent(v -> values.put(s, v)));
            }
            case "overfulfilment" -> {
                Set<BigDecimal> plans = new HashSet<>();
                totals.values().forEach(m -> plans.add(m.getOrDefault("plan", BigDecimal.ZERO).stripTrailingZeros()));
                boolean equal = plans.size() == 1;
                unit = equal ? "money" : "percent";
                totals.forEach((s, m) -> {
                    BigDecimal sales = m.getOrDefault("sales", BigDecimal.ZERO);
                    BigDecimal plan = m.get("plan");
                    if (plan != null && plan.signum() > 0) {
                        values.put(s, equal ? sales.subtract(plan) : sales.divide(plan, 6, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE));
                    }
                });
            }
            case "callsGrowth" -> {
                unit = "percent";
                Map<String, Map<String, BigDecimal>> before = totals(c, data, previousFrom, from.minusDays(1));
                totals.forEach((s, m) -> ratio(m.get("calls"), before.getOrDefault(s, Map.of()).get("calls"))
                        .ifPresent(v -> values.put(s, v.subtract(BigDecimal.ONE))));
            }
            default -> {
                if (c.metric().equals("sales") || c.metric().equals("profit")) {
                    unit = "money";
                }
                totals.forEach((s, m) -> values.put(s, m.getOrDefault(c.metric(), BigDecimal.ZERO)));
            }
        }
        List<Map.Entry<String, BigDecimal>> ranked = new ArrayList<>(values.entrySet());
        ranked.sort(Map.Entry.<String, BigDecimal>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        BigDecimal cut = null;
        if (c.comparator() == Comparator.TOP && !ranked.isEmpty()) {
            cut = ranked.get(Math.min(c.topN(), ranked.size()) - 1).getValue();
        }
        List<ContestResult.Standing> standings = new ArrayList<>();
        for (var e : ranked) {
            BigDecimal v = e.getValue();
            boolean win = switch (c.comparator()) {
                case TOP -> v.compareTo(cut) >= 0 && v.signum() > 0;
                case ABOVE -> v.compareTo(c.threshold()) > 0;
                case AT_LEAST -> v.compareTo(c.threshold()) >= 0;
            };
            standings.add(new ContestResult.Standing(e.getKey(), v, win, week));
        }
        return new ContestResult(c, from, to, unit, standings);
    }

    private static java.util.Optional<BigDecimal> ratio(BigDecimal a, BigDecimal b) {
        if (a == null || b == null || b.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(a.divide(b, MathContext.DECIMAL64).setScale(6, RoundingMode.HALF_EVEN));
    }
}
