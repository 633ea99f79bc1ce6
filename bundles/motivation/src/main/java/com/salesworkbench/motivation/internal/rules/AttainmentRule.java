package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Attainment = actual / plan; pays target incentive x attainment, optionally capped at {@code cap} (e.g. 1.5). */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=attainment")
public final class AttainmentRule extends BuiltinRule {
    @Override
    public String type() {
        return "attainment";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal a = Params.figure(in, "attainment");
        BigDecimal ti = targetIncentive(in);
        BigDecimal cap = opt(in, "cap");
        BigDecimal used = cap != null && a.compareTo(cap) > 0 ? cap : a;
        return line(in, "target incentive x attainment (actual / plan" + (cap == null ? ")" : ", at most cap)"),
                cap == null ? "formula.attainment" : "formula.attainment.cap", List.of(),
                Map.of("actual", Params.figure(in, "actual"), "plan", Params.figure(in, "plan"), "attainment", a,
                        "targetIncentive", ti), ti.multiply(used));
    }
}
