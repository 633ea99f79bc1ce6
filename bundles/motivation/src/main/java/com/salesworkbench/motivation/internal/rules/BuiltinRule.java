package com.salesworkbench.motivation.internal.rules;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.pay.PayRuleInput;
import com.salesworkbench.motivation.Params;
import com.salesworkbench.motivation.PayException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared helpers of the built-in rule types. Amounts are rounded once per line, half-even to the minor unit. */
abstract class BuiltinRule implements PayRule {

    @Override
    public String title(Locale locale) {
        return Texts.of(BuiltinRule.class, locale).get("rule." + type());
    }

    static PayLine line(PayRuleInput in, String formula, Map<String, BigDecimal> inputs, BigDecimal amount) {
        return new PayLine(in.ruleId(), formula, inputs, Money.of(amount, in.currency(), RoundingMode.HALF_EVEN));
    }

    static BigDecimal targetIncentive(PayRuleInput in) {
        return Params.decimal(in, "targetIncentive", Params.figure(in, "targetVariable", BigDecimal.ZERO));
    }

    /** A tier: sales (or attainment) from {@code from} up to {@code upTo} (null: no upper bound) at {@code rate}. */
    record Tier(BigDecimal from, BigDecimal upTo, BigDecimal rate) {
    }

    /**
     * Tiers from a list of {@code {upTo, rate}} (the last may omit upTo); bounds must rise strictly.
     */
    static List<Tier> tiers(PayRuleInput in) {
        return tiers(in.parameters(), in.ruleId());
    }

    static List<Tier> tiers(Map<String, Object> parameters, String rule) {
        var raw = Params.list(parameters, rule, "tiers");
        if (raw.isEmpty()) {
            throw new PayException("error.noTiers", "Rule '" + rule + "' has no tiers", rule);
        }
        List<Tier> out = new ArrayList<>();
        BigDecimal from = BigDecimal.ZERO;
        for (int i = 0; i < raw.size(); i++) {
            Map<String, Object> t = raw.get(i);
            Object up = t.get("upTo");
            BigDecimal upTo = up == null ? null : Params.decimal(up, rule, "tiers[" + (i + 1) + "].upTo");
            if (upTo == null && i < raw.size() - 1) {
                throw new PayException("error.tierOpen", "Rule '" + rule + "': only the last tier may have no 'upTo' (tier "
                        + (i + 1) + ")", rule, i + 1);
            }
            if (upTo != null && upTo.compareTo(from) <= 0) {
                throw new PayException("error.tierOrder", "Rule '" + rule + "': tier " + (i + 1) + " ends at " + upTo.toPlainString()
                        + ", not above the previous bound " + from.toPlainString() + " (tiers out of order)",
                        rule, i + 1, upTo.toPlainString(), from.toPlainString());
            }
            out.add(new Tier(from, upTo, Params.decimal(t.get("rate"), rule, "tiers[" + (i + 1) + "].rate")));
            from = upTo;
        }
        return out;
    }
}
