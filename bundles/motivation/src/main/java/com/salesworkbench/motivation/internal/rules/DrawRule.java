package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Draw against commission. The commission is the variable part of the lines above (or the figure named by
 * {@code commissionFigure}). Recoverable ({@code recoverable: true}, the default): paid = max(commission +
 * balance, draw), and the new balance (carried to the next period) is what was due less what was paid, so a
 * shortfall is deducted later. Non-recoverable: paid = max(commission, draw), nothing carried. The line is
 * paid - commission.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=draw")
public final class DrawRule extends BuiltinRule {
    @Override
    public String type() {
        return "draw";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal draw = dec(in, "draw");
        boolean recoverable = !"false".equals(txt(in, "recoverable", "true"));
        String cf = txt(in, "commissionFigure", null);
        BigDecimal commission = cf != null ? Params.figure(in, cf)
                : Params.figure(in, "subtotal").subtract(Params.figure(in, "fixed", BigDecimal.ZERO));
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("draw", draw);
        inputs.put("commission", commission);
        if (!recoverable) {
            BigDecimal paid = commission.max(draw);
            inputs.put("paid", paid);
            return line(in, "max(commission, draw) - commission (non-recoverable)", "formula.draw.nonRecoverable", List.of(), inputs, paid.subtract(commission));
        }
        BigDecimal balance = Params.figure(in, "carry." + in.ruleId() + ".balance", BigDecimal.ZERO);
        BigDecimal due = commission.add(balance);
        BigDecimal paid = due.max(draw);
        inputs.put("balanceBefore", balance);
        inputs.put("paid", paid);
        inputs.put("carry.balance", due.subtract(paid));
        return line(in, "max(commission + balance, draw) - commission; new balance = commission + balance - paid",
                "formula.draw.recoverable", List.of(),
                inputs, paid.subtract(commission));
    }
}
