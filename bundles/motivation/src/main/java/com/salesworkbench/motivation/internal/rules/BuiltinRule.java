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
    private static final Object NONE = new Object();

    /** Parameters converted once per scheme rule: the last parameter map seen (by identity) and its values. */
    private volatile Object[] last = {null, null};

    @SuppressWarnings("unchecked")
    final <T> T cached(PayRuleInput in, String key, java.util.function.Function<PayRuleInput, T> convert) {
        Object[] l = last;
        java.util.Map<String, Object> cache;
        if (l[0] == in.parameters()) {
            cache = (java.util.Map<String, Object>) l[1];
        } else {
            cache = new java.util.concurrent.ConcurrentHashMap<>();
            last = new Object[] {in.parameters(), cache};
        }
        Object v = cache.get(key);
        if (v == null) {
            v = convert.apply(in);
            cache.put(key, v == null ? NONE : v);
        }
        return v == NONE ? null : (T) v;
    }

    final BigDecimal dec(PayRuleInput in, String name) {
        return cached(in, name, i -> Params.decimal(i, name));
    }

    final BigDecimal opt(PayRuleInput in, String name) {
        return cached(in, name, i -> Params.optional(i, name));
    }

    final BigDecimal dec(PayRuleInput in, String name, BigDecimal fallback) {
        BigDecimal v = opt(in, name);
        return v == null ? fallback : v;
    }

    final String txt(PayRuleInput in, String name, String fallback) {
        return cached(in, "text:" + name, i -> Params.text(i, name, fallback));
    }

    final List<Tier> cachedTiers(PayRuleInput in) {
        return cached(in, "tiers", BuiltinRule::tiers);
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(BuiltinRule.class, locale).get("rule." + type());
    }

    static PayLine line(PayRuleInput in, String formula, Map<String, BigDecimal> inputs, BigDecimal amount) {
        return new PayLine(in.ruleId(), formula, inputs, Money.of(amount, in.currency(), RoundingMode.HALF_EVEN));
    }

    /**
     * A line with its English formula and the message key (in this package's messages) that gives the formula in
     * other languages; the arguments are input names, shown through {@link #inputName}.
     */
    static PayLine line(PayRuleInput in, String formula, String key, List<String> args, Map<String, BigDecimal> inputs,
                        BigDecimal amount) {
        return new PayLine(in.ruleId(), formula, inputs, Money.of(amount, in.currency(), RoundingMode.HALF_EVEN), key, args);
    }

    /** The formula from this bundle's messages in {@code locale}; the English text when the line has no key. */
    @Override
    public String formula(PayLine line, Locale locale) {
        if (line.formulaKey() == null) {
            return line.formula();
        }
        Texts t = Texts.of(BuiltinRule.class, locale);
        Object[] args = line.formulaArgs().stream().map(a -> inputName(a, locale)).toArray();
        String s = t.get(line.formulaKey(), args);
        return s.startsWith("!") ? line.formula() : s;
    }

    private static final java.util.regex.Pattern TIER = java.util.regex.Pattern.compile("tier(\\d+)\\.(\\w+)");

    /**
     * An input name in {@code locale}: {@code input.NAME} from this bundle's messages ({@code tierN.x} through
     * {@code input.tier.x} with N), {@code carry.NAME} and {@code gate.NAME} with their parts translated, else the
     * name itself (e.g. a client's own KPI).
     */
    @Override
    public String inputName(String input, Locale locale) {
        Texts t = Texts.of(BuiltinRule.class, locale);
        var m = TIER.matcher(input);
        if (m.matches()) {
            String s = t.get("input.tier." + m.group(2), Integer.parseInt(m.group(1)));
            if (!s.startsWith("!")) {
                return s;
            }
        }
        String s = t.get("input." + input);
        if (!s.startsWith("!")) {
            return s;
        }
        int dot = input.indexOf('.');
        if (dot > 0 && dot < input.length() - 1) {
            String head = t.get("input." + input.substring(0, dot));
            String tail = inputName(input.substring(dot + 1), locale);
            String h = head.startsWith("!") ? input.substring(0, dot) : head;
            if (!h.equals(input.substring(0, dot)) || !tail.equals(input.substring(dot + 1))) {
                return h + "." + tail;
            }
        }
        return input;
    }

    final BigDecimal targetIncentive(PayRuleInput in) {
        BigDecimal ti = opt(in, "targetIncentive");
        return ti != null ? ti : Params.figure(in, "targetVariable", BigDecimal.ZERO);
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
