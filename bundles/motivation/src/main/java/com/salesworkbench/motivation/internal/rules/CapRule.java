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
 * Cap on the total payout: {@code max} (total of the lines above, fixed part included) or {@code variableMax}
 * (the variable part only). The line is the negative excess, zero when under the cap.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=cap")
public final class CapRule extends BuiltinRule {
    @Override
    public String type() {
        return "cap";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal subtotal = Params.figure(in, "subtotal");
        BigDecimal fixed = Params.figure(in, "fixed", BigDecimal.ZERO);
        if (in.parameters().containsKey("variableMax")) {
            BigDecimal max = dec(in, "variableMax");
            BigDecimal variable = subtotal.subtract(fixed);
            return line(in, "-(variable - cap) when the variable part is above the cap",
                    "formula.cap.variable", List.of(),
                    Map.of("variable", variable, "cap", max), max.subtract(variable).min(BigDecimal.ZERO));
        }
        BigDecimal max = dec(in, "max");
        return line(in, "-(total - cap) when the total is above the cap", "formula.cap.total", List.of(), Map.of("total", subtotal, "cap", max),
                max.subtract(subtotal).min(BigDecimal.ZERO));
    }
}
