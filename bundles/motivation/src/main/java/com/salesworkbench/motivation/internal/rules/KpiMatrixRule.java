package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import com.salesworkbench.motivation.PayException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * KPI matrix: target incentive x sum(weight(i) x f(i)(attainment(i))). {@code kpis} [{name, weight, threshold,
 * rampFrom, cap}]: weights add to 1 (or 100); f is 0 below threshold, rises linearly from {@code rampFrom}
 * (default: the threshold itself) at the threshold to 1 at 100%, follows attainment above and stops at cap.
 * A KPI's attainment is the figure {@code kpi.<name>} or {@code <name>.actual / <name>.plan}. Optional
 * {@code gate} {on: "attainment" | "weighted" | a figure, min}: no variable pay below it.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=kpi-matrix")
public final class KpiMatrixRule extends BuiltinRule {
    static final MathContext MC = MathContext.DECIMAL64;

    @Override
    public String type() {
        return "kpi-matrix";
    }

    record Kpi(String name, BigDecimal weight, BigDecimal threshold, BigDecimal rampFrom, BigDecimal cap) {
    }

    /** The KPIs with weights as shares; refuses weights that do not add to 100%. */
    public static List<Kpi> kpis(Map<String, Object> parameters, String rule) {
        var raw = Params.list(parameters, rule, "kpis");
        var out = new java.util.ArrayList<Kpi>();
        BigDecimal sum = BigDecimal.ZERO;
        for (var k : raw) {
            String name = String.valueOf(k.get("name"));
            BigDecimal w = Params.decimal(k.get("weight"), rule, name + ".weight");
            sum = sum.add(w);
            BigDecimal th = k.get("threshold") == null ? BigDecimal.ZERO : Params.decimal(k.get("threshold"), rule, name + ".threshold");
            BigDecimal ramp = k.get("rampFrom") == null ? null : Params.decimal(k.get("rampFrom"), rule, name + ".rampFrom");
            BigDecimal cap = k.get("cap") == null ? null : Params.decimal(k.get("cap"), rule, name + ".cap");
            out.add(new Kpi(name, w, th, ramp, cap));
        }
        boolean percent = sum.compareTo(BigDecimal.valueOf(100)) == 0;
        if (sum.compareTo(BigDecimal.ONE) != 0 && !percent) {
            throw new PayException("error.weights", "Rule '" + rule + "': KPI weights add to " + sum.toPlainString()
                    + ", not 100%", rule, sum.toPlainString());
        }
        if (percent) {
            out.replaceAll(k -> new Kpi(k.name(), k.weight().movePointLeft(2), k.threshold(), k.rampFrom(), k.cap()));
        }
        return List.copyOf(out);
    }

    static BigDecimal score(Kpi k, BigDecimal a) {
        if (a.compareTo(k.threshold()) < 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal f = a;
        if (k.rampFrom() != null && a.compareTo(BigDecimal.ONE) < 0 && k.threshold().compareTo(BigDecimal.ONE) < 0) {
            BigDecimal t = a.subtract(k.threshold()).divide(BigDecimal.ONE.subtract(k.threshold()), MC);
            f = k.rampFrom().add(BigDecimal.ONE.subtract(k.rampFrom()).multiply(t));
        }
        return k.cap() != null && f.compareTo(k.cap()) > 0 ? k.cap() : f;
    }

    static BigDecimal kpiAttainment(PayRuleInput in, String name) {
        BigDecimal direct = in.figures().get("kpi." + name);
        if (direct != null) {
            return direct;
        }
        BigDecimal actual = Params.figure(in, name + ".actual");
        BigDecimal plan = Params.figure(in, name + ".plan");
        if (plan.signum() == 0) {
            throw new PayException("error.kpiPlan", "Rule '" + in.ruleId() + "': the plan of KPI '" + name + "' is zero for "
                    + in.person(), in.ruleId(), name, in.person());
        }
        return actual.divide(plan, 6, RoundingMode.HALF_EVEN);
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal ti = targetIncentive(in);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("targetIncentive", ti);
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weightedAttainment = BigDecimal.ZERO;
        for (Kpi k : cached(in, "kpis", i -> kpis(i.parameters(), i.ruleId()))) {
            BigDecimal a = kpiAttainment(in, k.name());
            BigDecimal f = score(k, a);
            inputs.put(k.name() + ".attainment", a);
            inputs.put(k.name() + ".weight", k.weight());
            inputs.put(k.name() + ".score", f);
            weighted = weighted.add(k.weight().multiply(f));
            weightedAttainment = weightedAttainment.add(k.weight().multiply(a));
        }
        inputs.put("weightedScore", weighted);
        String formula = "target incentive x sum(weight x score(attainment))";
        String key = "formula.kpi-matrix";
        List<String> args = List.of();
        if (in.parameters().get("gate") instanceof Map<?, ?> gate) {
            String on = String.valueOf(gate.get("on") == null ? "attainment" : gate.get("on"));
            BigDecimal min = cached(in, "gate.min", i -> Params.decimal(gate.get("min"), i.ruleId(), "gate.min"));
            BigDecimal value = on.equals("weighted") ? weightedAttainment : Params.figure(in, on);
            inputs.put("gate." + on, value);
            inputs.put("gate.min", min);
            formula += ", nothing unless " + on + " >= gate";
            key = "formula.kpi-matrix.gate";
            args = List.of(on);
            if (value.compareTo(min) < 0) {
                return line(in, formula, key, args, inputs, BigDecimal.ZERO);
            }
        }
        return line(in, formula, key, args, inputs, ti.multiply(weighted));
    }
}
