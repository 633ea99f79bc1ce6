package com.salesworkbench.motivation;

import java.util.Map;

/**
 * One rule of a scheme: its id (unique in the scheme), the rule type (a {@link com.salesworkbench.api.pay.PayRule}
 * service) and its parameters as JSON values.
 */
public record RuleSpec(String id, String type, Map<String, Object> parameters) {
    public RuleSpec {
        if (id == null || id.isBlank()) {
            throw new PayException("error.ruleId", "A rule has no id");
        }
        if (type == null || type.isBlank()) {
            throw new PayException("error.ruleType", "Rule '" + id + "' has no type", id);
        }
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    public RuleSpec with(String parameter, Object value) {
        var copy = new java.util.HashMap<>(parameters);
        copy.put(parameter, value);
        return new RuleSpec(id, type, copy);
    }
}
