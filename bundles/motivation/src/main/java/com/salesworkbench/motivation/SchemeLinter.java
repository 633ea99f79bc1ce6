package com.salesworkbench.motivation;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds what makes a scheme unfair or gameable: cliffs (a 1% attainment step that changes total pay by more than
 * {@link #CLIFF_SHARE} of OTE, named after the rule whose line moved most), leverage above 3, gates above most reps' usual attainment, tiers that overlap
 * or leave gaps (or go out of order), KPI weights that do not add to 100%.
 */
public final class SchemeLinter {
    public static final BigDecimal CLIFF_SHARE = new BigDecimal("0.05");
    public static final BigDecimal MAX_LEVERAGE = new BigDecimal("3");
    static final BigDecimal PLAN = new BigDecimal("1000000");
    private static final BigDecimal STEP = new BigDecimal("0.01");

    private SchemeLinter() {
    }

    /** One finding: the rule it is about ({@code scheme} for the whole), a kind, the English text, its arguments. */
    public record Finding(String rule, String kind, String message, List<Object> args) {
        public Finding {
            args = List.copyOf(args);
        }
    }

    /**
     * Lints a scheme. {@code usualAttainment} are the reps' past attainments (one per rep-month, as shares: 0.85);
     * without them gates are not judged.
     */
    public static List<Finding> lint(PayEngine engine, PayScheme s, Collection<BigDecimal> usualAttainment) {
        List<Finding> out = new ArrayList<>();
        for (RuleSpec r : s.rules()) {
            structure(r, out);
        }
        curve(engine, s, out);
        if (usualAttainment != null && !usualAttainment.isEmpty()) {
            gates(s, usualAttainment, out);
        }
        return out;
    }

    private static BigDecimal dec(Object v, String rule, String name) {
        return Params.decimal(v, rule, name);
    }

    private static void structure(RuleSpec r, List<Finding> out) {
        Map<String, Object> p = r.parameters();
        try {
            if (p.get("tiers") instanceof List<?>) {
                var tiers = Params.list(p, r.id(), "tiers");
                BigDecimal prevUp = BigDecimal.ZERO;
                for (int i = 0; i < tiers.size(); i++) {
                    var t = tiers.get(i);
                    if (t.get("from") != null) {
                        BigDecimal from = dec(t.get("from"), r.id(), "from");
                        int c = from.compareTo(prevUp);
                        if (c > 0) {
                            out.add(new Finding(r.id(), "gap", "Rule '" + r.id() + "': gap between tier " + i + " (up to "
                                    + prevUp.toPlainString() + ") and tier " + (i + 1) + " (from " + from.toPlainString() + ")",
                                    List.of(r.id(), i, prevUp, i + 1, from)));
                        } else if (c < 0) {
                            out.add(new Finding(r.id(), "overlap", "Rule '" + r.id() + "': tier " + (i + 1) + " (from "
                                    + from.toPlainString() + ") overlaps tier " + i + " (up to " + prevUp.toPlainString() + ")",
                                    List.of(r.id(), i + 1, from, i, prevUp)));
                        }
                    }
                    if (t.get("upTo") != null) {
                        BigDecimal up = dec(t.get("upTo"), r.id(), "upTo");
                        BigDecimal from = t.get("from") != null ? dec(t.get("from"), r.id(), "from") : prevUp;
                        if (up.compareTo(from) <= 0) {
                            out.add(new Finding(r.id(), "order", "Rule '" + r.id() + "': tier " + (i + 1) + " ends at "
                                    + up.toPlainString() + ", not above " + from.toPlainString() + " (tiers out of order)",
                                    List.of(r.id(), i + 1, up, from)));
                        }
                        prevUp = up;
                    }
                }
            }
            if (p.get("kpis") instanceof List<?>) {
                BigDecimal sum = BigDecimal.ZERO;
                for (var k : Params.list(p, r.id(), "kpis")) {
                    sum = sum.add(dec(k.get("weight"), r.id(), "weight"));
                }
                if (sum.compareTo(BigDecimal.ONE) != 0 && sum.compareTo(BigDecimal.valueOf(100)) != 0) {
                    out.add(new Finding(r.id(), "weights", "Rule '" + r.id() + "': KPI weights add to " + sum.toPlainString()
                            + ", not 100%", List.of(r.id(), sum)));
                }
            }
        } catch (PayException e) {
            out.add(new Finding(r.id(), "invalid", e.getMessage(), List.of(r.id(), e.getMessage())));
        }
    }

    /**
     * The figures of a made-up rep at attainment a (plan 1 000 000 or the equal plan; KPIs and the department at
     * the same attainment): what the linter's curve and the editor's payout curve evaluate.
     */
    public static Map<String, BigDecimal> figuresAt(PayScheme s, BigDecimal a) {
        Map<String, BigDecimal> f = new HashMap<>();
        BigDecimal plan = s.equalPlan() != null ? s.equalPlan() : PLAN;
        f.put("plan", plan);
        f.put("actual", plan.multiply(a));
        f.put("department.plan", plan);
        f.put("department.actual", plan.multiply(a));
        for (RuleSpec r : s.rules()) {
            if (r.parameters().get("kpis") instanceof List<?> l) {
                for (Object k : l) {
                    if (k instanceof Map<?, ?> m) {
                        f.put("kpi." + m.get("name"), a);
                    }
                }
            }
        }
        return f;
    }

    private static void curve(PayEngine engine, PayScheme s, List<Finding> out) {
        PlanPeriod period = PlanPeriod.month(YearMonth.of(2000, 1));
        BigDecimal ote = s.ote().signum() > 0 ? s.ote() : PLAN.multiply(new BigDecimal("0.1"));
        BigDecimal limit = ote.multiply(CLIFF_SHARE);
        Statement prev = null;
        BigDecimal max = BigDecimal.ZERO;
        BigDecimal maxAt = BigDecimal.ZERO;
        Map<String, Boolean> reported = new HashMap<>();
        for (BigDecimal a = BigDecimal.ZERO; a.compareTo(new BigDecimal("3")) <= 0; a = a.add(STEP)) {
            Statement st = engine.evaluate(s, "lint", period, figuresAt(s, a));
            if (st.total().amount().compareTo(max) > 0) {
                max = st.total().amount();
                maxAt = a;
            }
            if (prev != null) {
                BigDecimal jump = st.total().amount().subtract(prev.total().amount());
                if (jump.abs().compareTo(limit) > 0) {
                    // the rule whose line moved most in the direction of the jump
                    String culprit = "scheme";
                    BigDecimal most = BigDecimal.ZERO;
                    for (PayLine l : st.lines()) {
                        PayLine before = prev.lines().stream().filter(x -> x.ruleId().equals(l.ruleId())).findFirst().orElse(null);
                        if (before != null) {
                            BigDecimal d = l.amount().amount().subtract(before.amount().amount()).multiply(BigDecimal.valueOf(jump.signum()));
                            if (d.compareTo(most) > 0) {
                                most = d;
                                culprit = l.ruleId();
                            }
                        }
                    }
                    if (!reported.containsKey(culprit)) {
                        reported.put(culprit, true);
                        BigDecimal from = a.subtract(STEP).movePointRight(2).stripTrailingZeros();
                        BigDecimal to = a.movePointRight(2).stripTrailingZeros();
                        out.add(new Finding(culprit, "cliff", "Rule '" + culprit + "': a cliff from " + from.toPlainString()
                                + "% to " + to.toPlainString() + "% of plan changes pay by " + jump.toPlainString()
                                + " (more than 5% of OTE " + ote.toPlainString() + ")",
                                List.of(culprit, from, to, jump, ote)));
                    }
                }
            }
            prev = st;
        }
        if (s.fixed().signum() > 0) {
            BigDecimal leverage = max.divide(s.fixed(), 2, RoundingMode.HALF_EVEN);
            if (leverage.compareTo(MAX_LEVERAGE) > 0) {
                out.add(new Finding("scheme", "leverage", "Leverage (base + maximum incentive) / base = " + max.toPlainString()
                        + " / " + s.fixed().toPlainString() + " = " + leverage.toPlainString() + " (at "
                        + maxAt.movePointRight(2).stripTrailingZeros().toPlainString() + "% of plan), above 3",
                        List.of(max, s.fixed(), leverage,
                                maxAt.movePointRight(2).stripTrailingZeros())));
            }
        }
    }

    private static void gates(PayScheme s, Collection<BigDecimal> usual, List<Finding> out) {
        List<BigDecimal> sorted = usual.stream().sorted().toList();
        BigDecimal median = sorted.get(sorted.size() / 2);
        for (RuleSpec r : s.rules()) {
            if (r.parameters().get("gate") instanceof Map<?, ?> gate && gate.get("min") != null
                    && !"weighted".equals(gate.get("on"))) {
                BigDecimal min = dec(gate.get("min"), r.id(), "gate.min");
                long reach = sorted.stream().filter(a -> a.compareTo(min) >= 0).count();
                if (reach * 2 < sorted.size()) {
                    BigDecimal share = BigDecimal.valueOf(reach * 100.0 / sorted.size()).setScale(0, RoundingMode.HALF_EVEN);
                    out.add(new Finding(r.id(), "gate", "Rule '" + r.id() + "': gate at " + min.movePointRight(2).stripTrailingZeros().toPlainString()
                            + "% of plan is above most reps' usual attainment: " + share.toPlainString() + "% of rep-months reach it (median "
                            + median.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%)",
                            List.of(r.id(), min.movePointRight(2).stripTrailingZeros(), share,
                                    median.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN))));
                }
            }
        }
    }
}
