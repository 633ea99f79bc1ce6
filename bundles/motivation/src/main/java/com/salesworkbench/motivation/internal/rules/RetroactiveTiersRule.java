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
 * Retroactive commission tiers: the rate of the highest tier reached (by {@code booked} + the period's sales)
 * applies to all of the period's sales. Same {@code tiers} as marginal tiers.
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=retroactive-tiers")
public final class RetroactiveTiersRule extends BuiltinRule {
    @Override
    public String type() {
        return "retroactive-tiers";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal booked = Params.figure(in, txt(in, "bookedFigure", "booked"), BigDecimal.ZERO);
        BigDecimal sales = Params.figure(in, txt(in, "figure", "actual"));
        BigDecimal total = booked.add(sales);
        BigDecimal rate = BigDecimal.ZERO;
        for (Tier t : cachedTiers(in)) {
            if (total.compareTo(t.from()) > 0 || t.from().signum() == 0) {
                rate = t.rate();
            }
        }
        return line(in, "sales x rate of the highest tier reached", "formula.retroactive-tiers", List.of(), Map.of("booked", booked, "sales", sales, "rate", rate),
                sales.multiply(rate));
    }
}
