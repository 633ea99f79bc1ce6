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
 * Fine: deducts {@code amount} when the figure {@code metric} (default attainment) is below {@code below}
 * (a missed month) or, with {@code atLeast}, when it reaches it (e.g. missedKpis at least 3).
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=fine")
public final class FineRule extends BuiltinRule {
    @Override
    public String type() {
        return "fine";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        String metric = txt(in, "metric", "attainment");
        BigDecimal value = Params.figure(in, metric);
        BigDecimal amount = dec(in, "amount");
        boolean fined;
        String formula;
        String key;
        BigDecimal limit;
        if (in.parameters().containsKey("atLeast")) {
            limit = dec(in, "atLeast");
            fined = value.compareTo(limit) >= 0;
            formula = "-amount when " + metric + " >= limit";
            key = "formula.fine.atLeast";
        } else {
            limit = dec(in, "below");
            fined = value.compareTo(limit) < 0;
            formula = "-amount when " + metric + " < limit";
            key = "formula.fine.below";
        }
        return line(in, formula, key, List.of(metric), Map.of(metric, value, "limit", limit, "amount", amount),
                fined ? amount.negate() : BigDecimal.ZERO);
    }
}
