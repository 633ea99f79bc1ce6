package com.salesworkbench.motivation;

import com.salesworkbench.api.pay.PayRuleInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a rule's parameters and figures as decimals, with messages that name the rule and the parameter. */
public final class Params {
    private Params() {
    }

    public static BigDecimal decimal(Object value, String rule, String name) {
        if (value instanceof BigDecimal b) {
            return b;
        }
        if (value instanceof Number || value instanceof String) {
            try {
                return new BigDecimal(value.toString().strip());
            } catch (NumberFormatException e) {
                // fall through
            }
        }
        throw new PayException("error.param", "Rule '" + rule + "': parameter '" + name + "' must be a number, got "
                + value, rule, name, String.valueOf(value));
    }

    public static BigDecimal decimal(PayRuleInput in, String name) {
        Object v = in.parameters().get(name);
        if (v == null) {
            throw new PayException("error.paramMissing", "Rule '" + in.ruleId() + "': parameter '" + name + "' is missing",
                    in.ruleId(), name);
        }
        return decimal(v, in.ruleId(), name);
    }

    public static BigDecimal decimal(PayRuleInput in, String name, BigDecimal fallback) {
        Object v = in.parameters().get(name);
        return v == null ? fallback : decimal(v, in.ruleId(), name);
    }

    /** The parameter, or null when the scheme does not set it. */
    public static BigDecimal optional(PayRuleInput in, String name) {
        Object v = in.parameters().get(name);
        return v == null ? null : decimal(v, in.ruleId(), name);
    }

    public static String text(PayRuleInput in, String name, String fallback) {
        Object v = in.parameters().get(name);
        return v == null ? fallback : v.toString();
    }

    /** A list of objects, each a map of names to values. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> list(Map<String, Object> parameters, String rule, String name) {
        Object v = parameters.get(name);
        if (!(v instanceof List<?> l)) {
            throw new PayException("error.paramList", "Rule '" + rule + "': parameter '" + name + "' must be a list", rule, name);
        }
        var out = new ArrayList<Map<String, Object>>();
        for (Object o : l) {
            if (!(o instanceof Map<?, ?>)) {
                throw new PayException("error.paramList", "Rule '" + rule + "': parameter '" + name + "' must be a list", rule, name);
            }
            out.add((Map<String, Object>) o);
        }
        return out;
    }

    public static BigDecimal figure(PayRuleInput in, String name) {
        BigDecimal v = in.figures().get(name);
        if (v == null) {
            throw new PayException("error.figure", "Rule '" + in.ruleId() + "' needs the figure '" + name + "' for "
                    + in.person(), in.ruleId(), name, in.person());
        }
        return v;
    }

    public static BigDecimal figure(PayRuleInput in, String name, BigDecimal fallback) {
        return in.figures().getOrDefault(name, fallback);
    }
}
