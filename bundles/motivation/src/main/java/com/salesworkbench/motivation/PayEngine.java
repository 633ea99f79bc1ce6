package com.salesworkbench.motivation;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Function;

/**
 * Evaluates a scheme. Figures are the rep's numbers for the period by name: {@code plan} and {@code actual}
 * are required; rules may read others ({@code calls}, {@code kpi.margin.actual}...). The engine adds
 * {@code attainment} (actual / plan), {@code fixed}, {@code targetVariable}, {@code subtotal} (the sum of
 * the lines before the rule) and carried state from the previous period ({@code carry.<rule>.<name>}, from
 * a line's inputs named {@code carry.<name>}).
 */
public final class PayEngine {

    /** Rule id of the fixed-part line. */
    public static final String FIXED = "fixed";
    public static final int ATTAINMENT_SCALE = 6;
    private static final String CARRY = "carry.";

    /** Built-in rule types that never read {@code subtotal}; a stale subtotal in their figures is harmless. */
    private static final java.util.Set<String> IGNORE_SUBTOTAL = java.util.Set.of("attainment", "plan-scale", "fine", "kpi-matrix",
            "marginal-tiers", "retroactive-tiers", "accelerator", "decelerator", "clawback", "department-milestones");

    private final Function<String, PayRule> rules;

    /** @param rules the rule type registry: a type to its rule, or null when no bundle provides it */
    public PayEngine(Function<String, PayRule> rules) {
        this.rules = rules;
    }

    public static PayEngine of(List<? extends PayRule> rules) {
        Map<String, PayRule> byType = new HashMap<>();
        rules.forEach(r -> byType.put(r.type(), r));
        return new PayEngine(byType::get);
    }

    /** Fills in plan from the equal-plans setting, checks actual and plan are there, adds attainment. */
    static Map<String, BigDecimal> prepare(PayScheme scheme, String person, Map<String, BigDecimal> figures) {
        Map<String, BigDecimal> f = new HashMap<>(figures);
        if (scheme.equalPlan() != null) {
            f.put("plan", scheme.equalPlan());
        }
        BigDecimal actual = f.get("actual");
        if (actual == null) {
            throw new PayException("error.noActual", "No actual figures for " + person, person);
        }
        BigDecimal plan = f.get("plan");
        if (plan == null || plan.signum() <= 0) {
            throw new PayException("error.noPlan", "No plan (or a plan of zero) for " + person, person);
        }
        f.put("attainment", actual.divide(plan, ATTAINMENT_SCALE, RoundingMode.HALF_EVEN));
        f.put("fixed", scheme.fixed());
        f.put("targetVariable", scheme.targetVariable());
        return f;
    }

    /**
     * One rep, one period. Missing plan or actual throws a {@link PayException} naming the rep; a rule that
     * fails or whose type no bundle provides becomes a {@link Problem} naming the rule, and the others are
     * still computed.
     */
    public Statement evaluate(PayScheme scheme, String person, PlanPeriod period, Map<String, BigDecimal> figures) {
        return evaluate(scheme, person, period, prepare(scheme, person, figures), Map.of());
    }

    private Statement evaluate(PayScheme scheme, String person, PlanPeriod period, Map<String, BigDecimal> prepared,
                               Map<String, BigDecimal> carried) {
        Currency currency = Currency.getInstance(scheme.currency());
        List<PayLine> lines = new ArrayList<>(scheme.rules().size() + 1);
        List<Problem> problems = new ArrayList<>(0);
        Money fixed = Money.of(scheme.fixed(), currency, RoundingMode.HALF_EVEN);
        lines.add(new PayLine(FIXED, "fixed", Map.of("fixed", scheme.fixed()), fixed));
        Money subtotal = fixed;
        Map<String, BigDecimal> live = prepared; // our own copy from prepare()
        live.putAll(carried);
        live.put("subtotal", subtotal.amount());
        Map<String, BigDecimal> frozen = null;
        for (RuleSpec spec : scheme.rules()) {
            PayRule rule = rules.apply(spec.type());
            if (rule == null) {
                problems.add(new Problem(spec.id(), "error.noRuleType", "Rule '" + spec.id() + "': no installed bundle provides the rule type '"
                        + spec.type() + "'", List.of(spec.id(), spec.type())));
                continue;
            }
            // the figures are copied into the rule's input only when they changed: built-in rules that do not
            // read the subtotal share one copy; every other rule sees the subtotal of the lines above it
            if (!IGNORE_SUBTOTAL.contains(spec.type()) && live.get("subtotal").compareTo(subtotal.amount()) != 0) {
                live.put("subtotal", subtotal.amount());
                frozen = null;
            }
            if (frozen == null) {
                frozen = Map.copyOf(live);
            }
            try {
                PayLine line = rule.evaluate(new PayRuleInput(spec.id(), spec.parameters(), person, period, currency, frozen));
                lines.add(line);
                subtotal = subtotal.plus(line.amount());
            } catch (PayException e) {
                problems.add(Problem.of(e, spec.id()));
            } catch (RuntimeException e) {
                problems.add(new Problem(spec.id(), "error.rule", "Rule '" + spec.id() + "' failed: " + e.getMessage(),
                        List.of(spec.id(), String.valueOf(e.getMessage()))));
            }
        }
        return new Statement(person, period, scheme.name(), scheme.revision(), lines, subtotal, problems);
    }

    /** Carried state for the next period: every line input named {@code carry.<name>}. */
    static Map<String, BigDecimal> carryFrom(Statement s) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (PayLine l : s.lines()) {
            l.inputs().forEach((k, v) -> {
                if (k.startsWith(CARRY)) {
                    out.put(CARRY + l.ruleId() + "." + k.substring(CARRY.length()), v);
                }
            });
        }
        return out;
    }

    /** One rep over consecutive periods, carrying draws' balances and other state from one to the next. */
    public List<Statement> evaluatePeriods(PayScheme scheme, String person, SortedMap<PlanPeriod, Map<String, BigDecimal>> figures) {
        List<Statement> out = new ArrayList<>(figures.size());
        Map<String, BigDecimal> carried = Map.of();
        for (var e : figures.entrySet()) {
            Statement s = evaluate(scheme, person, e.getKey(), prepare(scheme, person, e.getValue()), carried);
            out.add(s);
            carried = carryFrom(s);
        }
        return out;
    }

    /** Several reps, one period: a rep without actuals is reported by name and the others still computed. */
    public TeamResult evaluateTeam(PayScheme scheme, PlanPeriod period, Map<String, Map<String, BigDecimal>> figuresByRep) {
        List<Statement> statements = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Money total = Money.zero(Currency.getInstance(scheme.currency()));
        for (var e : figuresByRep.entrySet()) {
            try {
                Statement s = evaluate(scheme, e.getKey(), period, e.getValue());
                statements.add(s);
                total = total.plus(s.total());
                s.problems().forEach(p -> problems.add(new Problem(e.getKey() + "/" + p.subject(), p.key(), p.message(), p.args())));
            } catch (PayException ex) {
                problems.add(Problem.of(ex, e.getKey()));
            }
        }
        return new TeamResult(statements, problems, total);
    }
}
