package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * From a revenue target to the activity it needs. Deals needed = target / average deal; each earlier stage
 * needs N(next) / CR(stage), placed earlier by the days that stage and every later one take (counted back
 * from the middle of the target month), so the plan says how many leads, meetings and calls are needed in
 * which month, per rep, and whether the reps' visit capacity (visits a day x working days) holds it.
 */
public final class ReverseFunnel {

    private ReverseFunnel() {
    }

    /** What a stage costs a rep: calls (on the phone) or visits/meetings (in the field, limited by capacity). */
    public enum Activity { NONE, CALL, MEETING, VISIT }

    /**
     * One stage of the reverse funnel, earliest first; the last step converts to a won deal.
     *
     * @param conversion share of this stage's items that reach the next stage (0..1, not zero)
     * @param days       how long an item spends in this stage before it reaches the next
     */
    public record Step(String stage, BigDecimal conversion, int days, Activity activity) {
        public Step {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(conversion, "conversion");
            activity = activity == null ? Activity.NONE : activity;
            if (conversion.signum() <= 0) {
                throw new FunnelException("error.zeroConversion", "Stage '" + stage + "' has a conversion of "
                        + conversion.stripTrailingZeros().toPlainString()
                        + ": no number of items at that stage can reach the next one; give a conversion above 0%", stage);
            }
            if (conversion.compareTo(BigDecimal.ONE) > 0) {
                throw new FunnelException("error.conversionRange", "Stage '" + stage + "' has a conversion above 100%: "
                        + conversion.stripTrailingZeros().toPlainString(), stage, conversion);
            }
            if (days < 0) {
                throw new FunnelException("error.negativeDays", "Stage '" + stage + "' has a negative duration: " + days,
                        stage, days);
            }
        }
    }

    /** Capacity of one rep: visits (or meetings) a day x working days a month. */
    public record Capacity(int reps, BigDecimal visitsPerDay, int workingDays) {
        public Capacity {
            if (reps < 1) {
                throw new FunnelException("error.reps", "The number of reps must be at least 1, got " + reps, reps);
            }
            if (workingDays < 1) {
                throw new FunnelException("error.workingDays", "Working days must be at least 1, got " + workingDays,
                        workingDays);
            }
        }

        public BigDecimal visitsPerRepMonth() {
            return visitsPerDay.multiply(BigDecimal.valueOf(workingDays));
        }
    }

    /** How many items a stage needs in one month (exact, and rounded up to whole items), in total and per rep. */
    public record Need(String stage, YearMonth month, BigDecimal exact, long required, BigDecimal perRep,
                       Activity activity) {
    }

    /** Field activity (visits and meetings) per rep in one month against capacity; calls a day per rep. */
    public record MonthLoad(YearMonth month, BigDecimal visitsPerRep, BigDecimal capacityPerRep, boolean overloaded,
                            BigDecimal callsPerRepDay) {
    }

    /** The plan: deals first (label "deals"), then the stages from the last backwards. */
    public record Plan(List<Need> needs, List<MonthLoad> load) {

        /** Total need of a stage over all months. */
        public BigDecimal total(String stage) {
            return needs.stream().filter(n -> n.stage().equals(stage)).map(Need::exact)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    public static final String DEALS = "deals";

    public static Plan plan(SortedMap<YearMonth, BigDecimal> targets, BigDecimal averageDeal, List<Step> steps,
                            Capacity capacity) {
        if (averageDeal.signum() <= 0) {
            throw new FunnelException("error.averageDeal", "The average deal must be above 0, got " + averageDeal,
                    averageDeal);
        }
        for (var t : targets.entrySet()) {
            if (t.getValue().signum() < 0) {
                throw new FunnelException("error.negativeTarget", "Negative target for " + t.getKey() + ": "
                        + t.getValue(), t.getKey(), t.getValue());
            }
        }
        MathContext mc = MathContext.DECIMAL64;
        BigDecimal reps = BigDecimal.valueOf(capacity.reps());
        List<Need> needs = new ArrayList<>();
        Map<YearMonth, BigDecimal> visits = new TreeMap<>();
        Map<YearMonth, BigDecimal> calls = new TreeMap<>();
        for (var t : targets.entrySet()) {
            BigDecimal deals = t.getValue().divide(averageDeal, mc);
            needs.add(need(DEALS, t.getKey(), deals, reps, Activity.NONE));
            BigDecimal count = deals;
            LocalDate when = t.getKey().atDay(15);
            for (int k = steps.size() - 1; k >= 0; k--) {
                Step s = steps.get(k);
                count = count.divide(s.conversion(), mc);
                when = when.minusDays(s.days());
                YearMonth m = YearMonth.from(when);
                needs.add(need(s.stage(), m, count, reps, s.activity()));
                switch (s.activity()) {
                    case VISIT, MEETING -> visits.merge(m, count, BigDecimal::add);
                    case CALL -> calls.merge(m, count, BigDecimal::add);
                    case NONE -> { }
                }
            }
        }
        // merge needs of the same stage and month (several targets may shift onto one month)
        Map<String, Need> merged = new java.util.LinkedHashMap<>();
        for (Need n : needs) {
            merged.merge(n.stage() + "@" + n.month(), n, (a, b) -> need(a.stage(), a.month(), a.exact().add(b.exact()),
                    reps, a.activity()));
        }
        List<Need> out = new ArrayList<>(merged.values());
        List<YearMonth> months = new ArrayList<>(new java.util.TreeSet<>(out.stream().map(Need::month).toList()));
        List<MonthLoad> load = new ArrayList<>();
        BigDecimal cap = capacity.visitsPerRepMonth();
        for (YearMonth m : months) {
            BigDecimal v = visits.getOrDefault(m, BigDecimal.ZERO).divide(reps, mc);
            BigDecimal c = calls.getOrDefault(m, BigDecimal.ZERO)
                    .divide(reps.multiply(BigDecimal.valueOf(capacity.workingDays())), mc);
            load.add(new MonthLoad(m, v, cap, v.compareTo(cap) > 0, c));
        }
        return new Plan(List.copyOf(out), List.copyOf(load));
    }

    private static Need need(String stage, YearMonth month, BigDecimal exact, BigDecimal reps, Activity activity) {
        BigDecimal rounded = exact.setScale(6, RoundingMode.HALF_EVEN);
        long required = rounded.setScale(0, RoundingMode.CEILING).longValueExact();
        return new Need(stage, month, exact, required, exact.divide(reps, MathContext.DECIMAL64), activity);
    }
}
