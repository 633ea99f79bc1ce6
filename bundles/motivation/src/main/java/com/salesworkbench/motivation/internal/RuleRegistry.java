package com.salesworkbench.motivation.internal;

import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.motivation.PayEngine;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The whiteboard of pay-rule plug-ins: every {@link PayRule} service, by type, as they come and go. A scheme
 * naming a type whose bundle was removed gets a problem line naming the rule, not a failure.
 */
@Component(service = RuleRegistry.class)
public class RuleRegistry {
    private final Map<String, PayRule> rules = new ConcurrentHashMap<>();

    public RuleRegistry() {
    }

    /** Outside a framework: a registry of the given rules (e.g. {@code BuiltinRules.all()}). */
    public RuleRegistry(Collection<? extends PayRule> rules) {
        rules.forEach(this::addRule);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(PayRule rule) {
        rules.put(rule.type(), rule);
    }

    void removeRule(PayRule rule) {
        rules.remove(rule.type(), rule);
    }

    public PayEngine engine() {
        return new PayEngine(rules::get);
    }

    public PayRule rule(String type) {
        return rules.get(type);
    }

    public Set<String> types() {
        return new TreeSet<>(rules.keySet());
    }
}
