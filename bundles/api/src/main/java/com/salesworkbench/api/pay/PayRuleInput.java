package com.salesworkbench.api.pay;

import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * What a pay rule sees: its own parameters from the scheme, the person and period, and the figures
 * (plan, actual, KPI values...) by name. Amounts are decimals in {@code currency}.
 */
public record PayRuleInput(String ruleId, Map<String, Object> parameters, String person, PlanPeriod period,
                           Currency currency, Map<String, BigDecimal> figures) {
    public PayRuleInput {
        parameters = Map.copyOf(parameters);
        figures = Map.copyOf(figures);
    }
}
