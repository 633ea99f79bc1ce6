package com.salesworkbench.motivation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;

/**
 * A pay scheme: pay = fixed part + variable part. {@code revision} counts the consultant's edits and is printed
 * on every statement; the document's schema version is the workspace's concern.
 *
 * @param fixed          the fixed (base) pay per period
 * @param targetVariable the variable pay at 100% of plan per period (OTE = fixed + target variable)
 * @param currency       ISO code of the amounts
 * @param equalPlan      when set, every rep's personal plan is this amount (the "equal plans" setting)
 * @param rules          evaluated in order; later rules see the subtotal of the earlier ones
 */
public record PayScheme(String name, int revision, BigDecimal fixed, BigDecimal targetVariable, String currency,
                        BigDecimal equalPlan, List<RuleSpec> rules) {
    public PayScheme {
        if (revision < 1) {
            throw new PayException("error.revision", "Scheme '" + name + "': revision must be 1 or more", name);
        }
        fixed = fixed == null ? BigDecimal.ZERO : fixed;
        targetVariable = targetVariable == null ? BigDecimal.ZERO : targetVariable;
        currency = currency == null ? "RUB" : currency;
        rules = rules == null ? List.of() : List.copyOf(rules);
        var ids = new HashSet<String>();
        for (RuleSpec r : rules) {
            if (!ids.add(r.id())) {
                throw new PayException("error.duplicateRule", "Scheme '" + name + "': rule id '" + r.id() + "' appears twice",
                        name, r.id());
            }
        }
    }

    /** On-target earnings: fixed + target variable. */
    public BigDecimal ote() {
        return fixed.add(targetVariable);
    }

    /** Fixed share of OTE (0.7 for a 70/30 mix); zero when OTE is zero. */
    public BigDecimal fixedShare() {
        return ote().signum() == 0 ? BigDecimal.ZERO : fixed.divide(ote(), 4, RoundingMode.HALF_EVEN);
    }

    public PayScheme withRule(RuleSpec rule) {
        var list = new java.util.ArrayList<>(rules);
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(rule.id())) {
                list.set(i, rule);
                return new PayScheme(name, revision, fixed, targetVariable, currency, equalPlan, list);
            }
        }
        throw new PayException("error.noRule", "Scheme '" + name + "' has no rule '" + rule.id() + "'", name, rule.id());
    }

    public RuleSpec rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new PayException("error.noRule", "Scheme '" + name + "' has no rule '" + id + "'", name, id));
    }
}
