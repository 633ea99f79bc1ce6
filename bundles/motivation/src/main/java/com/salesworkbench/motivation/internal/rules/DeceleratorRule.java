package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Decelerator: commission = actual x {@code rate}, times {@code factor} when attainment is below {@code threshold}. */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=decelerator")
public final class DeceleratorRule extends BuiltinRule {
    @Override
    public String type() {
        return "decelerator";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal a = Params.figure(in, "attainment");
        BigDecimal actual = Params.figure(in, "actual");
        BigDecimal rate = dec(in, "rate");
        BigDecimal threshold = dec(in, "threshold");
        BigDecimal factor = dec(in, "factor");
        boolean below = a.compareTo(threshold) < 0;
        BigDecimal applied = below ? factor : BigDecimal.ONE;
        return line(in, below ? "actual x rate x factor (attainment below threshold)" : "actual x rate",
                below ? "formula.decelerator.below" : "formula.decelerator", List.of(),
                Map.of("actual", actual, "attainment", a, "rate", rate, "threshold", threshold, "factor", applied),
                actual.multiply(rate).multiply(applied));
    }
}
