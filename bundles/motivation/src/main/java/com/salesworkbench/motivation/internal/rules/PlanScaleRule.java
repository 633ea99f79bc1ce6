package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import com.salesworkbench.motivation.PayException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
        BigDecimal last = null;
        for (var c : Params.list(in.parameters(), in.ruleId(), "checkpoints")) {
            BigDecimal at = Params.decimal(c.get("at"), in.ruleId(), "checkpoints.at");
            if (last != null && at.compareTo(last) <= 0) {
                throw new PayException("error.checkpointOrder", "Rule '" + in.ruleId() + "': checkpoints must rise (" + at.toPlainString()
                        + " after " + last.toPlainString() + ")", in.ruleId(), at.toPlainString(), last.toPlainString());
            }
            last = at;
            if (a.compareTo(at) >= 0) {
                share = Params.decimal(c.get("share"), in.ruleId(), "checkpoints.share");
                reached = at;
            }
        }
        inputs.put("checkpoint", reached);
        inputs.put("share", share);
        BigDecimal amount = ti.multiply(share);
        StringBuilder formula = new StringBuilder("target incentive x share of the highest checkpoint reached");
        if (in.parameters().containsKey("above")) {
            var bands = Params.list(in.parameters(), in.ruleId(), "above");
            BigDecimal over = BigDecimal.ZERO;
            for (int i = 0; i < bands.size(); i++) {
                BigDecimal from = Params.decimal(bands.get(i).get("from"), in.ruleId(), "above.from");
                BigDecimal to = i + 1 < bands.size() ? Params.decimal(bands.get(i + 1).get("from"), in.ruleId(), "above.from") : null;
                BigDecimal rate = Params.decimal(bands.get(i).get("rate"), in.ruleId(), "above.rate");
                BigDecimal lo = plan.multiply(from);
                BigDecimal hi = to == null ? actual : actual.min(plan.multiply(to));
                if (hi.compareTo(lo) > 0) {
                    over = over.add(hi.subtract(lo).multiply(rate));
                }
            }
            inputs.put("plan", plan);
            inputs.put("actual", actual);
            inputs.put("overPlanBonus", over);
            amount = amount.add(over);
            formula.append(" + progressive rate x sales in each band above plan");
        }
        return line(in, formula.toString(), inputs, amount);
    }
}
