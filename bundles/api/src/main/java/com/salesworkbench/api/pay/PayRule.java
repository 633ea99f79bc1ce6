package com.salesworkbench.api.pay;

import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a type of rule in a pay scheme (a tiered commission, a KPI matrix, a fine...).
 * A scheme document names rules by {@link #type()} and gives each its parameters; the motivation engine
 * looks the type up in the service registry, so a client bundle can add rule types of its own.
 */
@ConsumerType
public interface PayRule {

    /** Service property naming the rule type. */
    String RULE_TYPE = "pay.rule.type";

    /** Stable rule type, e.g. {@code "marginal-tiers"}. */
    String type();

    /** Name shown to the user in the given language. */
    String title(Locale locale);

    /**
     * Evaluates the rule for one person and period.
     *
     * @throws IllegalArgumentException when the parameters are invalid; the message names the parameter
     */
    PayLine evaluate(PayRuleInput input);

    /**
     * The formula of a line this rule made, in the given language. The default shows the line's English
     * formula; a rule with messages of its own resolves {@link PayLine#formulaKey()} from its bundle.
     *
     * @since 1.1
     */
    default String formula(PayLine line, Locale locale) {
        return line.formula();
    }

    /**
     * The name of an input (a figure or parameter named in {@link PayLine#inputs()}) in the given language.
     * The default returns the name unchanged.
     *
     * @since 1.1
     */
    default String inputName(String input, Locale locale) {
        return input;
    }
}
