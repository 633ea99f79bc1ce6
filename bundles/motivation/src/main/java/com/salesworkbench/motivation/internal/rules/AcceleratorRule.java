package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Accelerator above quota: target incentive x attainment up to 100%, and above it target incentive +
 * (attainment - 1) x target incentive x {@code factor}. Optional {@code cap} on attainment counted.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=accelerator")
public final class AcceleratorRule extends BuiltinRule {
    @Override
    public String type() {
        return "accelerator";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal a = Params.figure(in, "attainment");
        BigDecimal cap = opt(in, "cap");
        if (cap != null && a.compareTo(cap) > 0) {
            a = cap;
        }
        BigDecimal ti = targetIncentive(in);
        BigDecimal factor = dec(in, "factor");
        if (a.compareTo(BigDecimal.ONE) <= 0) {
            return line(in, "target incentive x attainment", "formula.accelerator.below", List.of(), Map.of("targetIncentive", ti, "attainment", a), ti.multiply(a));
        }
        BigDecimal amount = ti.add(a.subtract(BigDecimal.ONE).multiply(ti).multiply(factor));
        return line(in, "target incentive + (attainment - 1) x target incentive x factor",
                "formula.accelerator.above", List.of(),
                Map.of("targetIncentive", ti, "attainment", a, "factor", factor), amount);
    }
}
