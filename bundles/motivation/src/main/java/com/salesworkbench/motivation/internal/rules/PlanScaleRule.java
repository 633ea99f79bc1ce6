package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import com.salesworkbench.motivation.PayException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Plan-fulfilment scale: {@code checkpoints} [{at: 0.25, share: 0.1}, ... {at: 1.0, share: 1.0}] pay the share of
 * the target incentive of the highest checkpoint reached; {@code above} [{from: 1.0, rate: 0.05}, {from: 1.2,
 * rate: 0.08}] pays a progressive rate on the sales above plan, each rate on the part of the sales inside its band.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=plan-scale")
public final class PlanScaleRule extends BuiltinRule {
    @Override
    public String type() {
        return "plan-scale";
    }

    record Point(BigDecimal at, BigDecimal value) {
    }

    static java.util.List<Point> checkpoints(PayRuleInput in) {
        var out = new java.util.ArrayList<Point>();
        BigDecimal last = null;
        for (var c : Params.list(in.parameters(), in.ruleId(), "checkpoints")) {
            BigDecimal at = Params.decimal(c.get("at"), in.ruleId(), "checkpoints.at");
            if (last != null && at.compareTo(last) <= 0) {
                throw new PayException("error.checkpointOrder", "Rule '" + in.ruleId() + "': checkpoints must rise (" + at.toPlainString()
                        + " after " + last.toPlainString() + ")", in.ruleId(), at.toPlainString(), last.toPlainString());
            }
            last = at;
            out.add(new Point(at, Params.decimal(c.get("share"), in.ruleId(), "checkpoints.share")));
        }
        return java.util.List.copyOf(out);
    }

    static java.util.List<Point> bands(PayRuleInput in) {
        if (!in.parameters().containsKey("above")) {
            return java.util.List.of();
        }
        var out = new java.util.ArrayList<Point>();
        for (var b : Params.list(in.parameters(), in.ruleId(), "above")) {
            out.add(new Point(Params.decimal(b.get("from"), in.ruleId(), "above.from"), Params.decimal(b.get("rate"), in.ruleId(), "above.rate")));
        }
        return java.util.List.copyOf(out);
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal a = Params.figure(in, "attainment");
        BigDecimal plan = Params.figure(in, "plan");
        BigDecimal actual = Params.figure(in, "actual");
        BigDecimal ti = targetIncentive(in);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("attainment", a);
        inputs.put("targetIncentive", ti);
        BigDecimal share = BigDecimal.ZERO;
        BigDecimal reached = BigDecimal.ZERO;
        for (Point c : cached(in, "checkpoints", PlanScaleRule::checkpoints)) {
            if (a.compareTo(c.at()) >= 0) {
                share = c.value();
                reached = c.at();
            }
        }
        inputs.put("checkpoint", reached);
        inputs.put("share", share);
        BigDecimal amount = ti.multiply(share);
        StringBuilder formula = new StringBuilder("target incentive x share of the highest checkpoint reached");
        java.util.List<Point> bands = cached(in, "above", PlanScaleRule::bands);
        if (!bands.isEmpty()) {
            BigDecimal over = BigDecimal.ZERO;
            for (int i = 0; i < bands.size(); i++) {
                BigDecimal to = i + 1 < bands.size() ? bands.get(i + 1).at() : null;
                BigDecimal lo = plan.multiply(bands.get(i).at());
                BigDecimal hi = to == null ? actual : actual.min(plan.multiply(to));
                if (hi.compareTo(lo) > 0) {
                    over = over.add(hi.subtract(lo).multiply(bands.get(i).value()));
                }
            }
            inputs.put("plan", plan);
            inputs.put("actual", actual);
            inputs.put("overPlanBonus", over);
            amount = amount.add(over);
            formula.append(" + progressive rate x sales in each band above plan");
        }
        return line(in, formula.toString(), bands.isEmpty() ? "formula.plan-scale" : "formula.plan-scale.above", List.of(),
                inputs, amount);
    }
}
