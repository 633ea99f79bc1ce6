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
 * Marginal ("tax bracket") commission tiers: each tier's rate applies to the part of the sales inside it.
 * {@code tiers} [{upTo, rate}...] on cumulative sales; the period's sales ({@code actual}) sit on top of what was
 * booked before ({@code booked}, default 0).
 */
@Component(service = PayRule.class, property = PayRule.RULE_TYPE + "=marginal-tiers")
public final class MarginalTiersRule extends BuiltinRule {
    @Override
    public String type() {
        return "marginal-tiers";
    }

    @Override
    public PayLine evaluate(PayRuleInput in) {
        BigDecimal booked = Params.figure(in, txt(in, "bookedFigure", "booked"), BigDecimal.ZERO);
        BigDecimal sales = Params.figure(in, txt(in, "figure", "actual"));
        BigDecimal lo = booked;
        BigDecimal hi = booked.add(sales);
        Map<String, BigDecimal> inputs = new LinkedHashMap<>();
        inputs.put("booked", booked);
        inputs.put("sales", sales);
        BigDecimal amount = BigDecimal.ZERO;
        int i = 0;
        StringBuilder formula = new StringBuilder();
        for (Tier t : cachedTiers(in)) {
            i++;
            BigDecimal a = lo.max(t.from());
            BigDecimal b = t.upTo() == null ? hi : hi.min(t.upTo());
            if (b.compareTo(a) > 0) {
                BigDecimal part = b.subtract(a);
                inputs.put("tier" + i + ".sales", part);
                inputs.put("tier" + i + ".rate", t.rate());
                amount = amount.add(part.multiply(t.rate()));
                formula.append(formula.length() == 0 ? "" : " + ").append("tier").append(i).append(".sales x tier").append(i).append(".rate");
            }
        }
        List<String> used = new java.util.ArrayList<>();
        for (int k = 1; k <= i; k++) {
            if (inputs.containsKey("tier" + k + ".sales")) {
                used.add(String.valueOf(k));
            }
        }
        return line(in, formula.length() == 0 ? "0" : formula.toString(), "formula.marginal-tiers", used, inputs, amount);
    }

    /** The sum of the tiers used, each term with its localised input names. */
    @Override
    public String formula(PayLine line, java.util.Locale locale) {
        if (line.formulaKey() == null) {
            return line.formula();
        }
        var t = com.salesworkbench.api.i18n.Texts.of(BuiltinRule.class, locale);
        if (line.formulaArgs().isEmpty()) {
            return t.get("formula.marginal-tiers.none");
        }
        StringBuilder sb = new StringBuilder();
        for (String k : line.formulaArgs()) {
            sb.append(sb.length() == 0 ? "" : " + ").append(t.get("formula.marginal-tiers.term",
                    inputName("tier" + k + ".sales", locale), inputName("tier" + k + ".rate", locale)));
        }
        return sb.toString();
    }
}
