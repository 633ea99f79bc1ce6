package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import com.salesworkbench.motivation.PayException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * Clawback of a cancelled contract's commission: figures {@code cancelled.commission} (the commission paid for
 * it) and {@code cancelled.month} (months the contract ran before cancellation). Within {@code windowMonths}
 * the commission is reversed in {@code mode} "full" or "pro-rata" over {@code termMonths} (a 12-month contract
 * cancelled at month 6 gives back 50%); after the window nothing.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=clawback")
public final class ClawbackRule extends BuiltinRule {
    @Override
    public String type() {
        return "clawback";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal commission = Params.figure(in, "cancelled.commission", BigDecimal.ZERO);
        BigDecimal month = Params.figure(in, "cancelled.month", BigDecimal.ZERO);
        BigDecimal term = dec(in, "termMonths", BigDecimal.valueOf(12));
        BigDecimal window = dec(in, "windowMonths", term);
        String mode = txt(in, "mode", "pro-rata");
        if (commission.signum() == 0 || month.compareTo(window) > 0) {
            return line(in, "nothing cancelled within the window", "formula.clawback.none", List.of(), Map.of("commission", commission, "month", month,
                    "window", window), BigDecimal.ZERO);
        }
        BigDecimal share;
        switch (mode) {
            case "full" -> share = BigDecimal.ONE;
            case "pro-rata" -> share = term.subtract(month).max(BigDecimal.ZERO).divide(term, MathContext.DECIMAL64);
            default -> throw new PayException("error.clawbackMode", "Rule '" + in.ruleId() + "': mode must be full or pro-rata, not "
                    + mode, in.ruleId(), mode);
        }
        return line(in, mode.equals("full") ? "-commission" : "-commission x (term - month) / term",
                mode.equals("full") ? "formula.clawback.full" : "formula.clawback.proRata", List.of(),
                Map.of("commission", commission, "month", month, "term", term, "share", share),
                commission.multiply(share).negate());
    }
}
