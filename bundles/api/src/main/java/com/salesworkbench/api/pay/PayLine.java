package com.salesworkbench.api.pay;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One line of a pay statement: the amount and how it came about, so a rep can check it by hand.
 *
 * <p>The formula is given in English ({@code formula}) and, optionally, as a message key with arguments
 * ({@code formulaKey}, {@code formulaArgs}) that the rule which made the line resolves in the user's language
 * through {@link PayRule#formula(PayLine, java.util.Locale)}. A rule without messages leaves the key
 * {@code null}; the English text is then shown as is.
 *
 * @param formula     the formula in words and symbols, e.g. {@code "actual x 5% above 100 000"}
 * @param inputs      the numbers the formula used, by name
 * @param formulaKey  the rule's own message key for the formula, or {@code null}
 * @param formulaArgs the arguments of that message (e.g. input names), never {@code null}
 * @since 1.1
 */
public record PayLine(String ruleId, String formula, Map<String, BigDecimal> inputs, Money amount, String formulaKey,
                      List<String> formulaArgs) {
    public PayLine {
        inputs = Map.copyOf(inputs);
        formulaArgs = formulaArgs == null ? List.of() : List.copyOf(formulaArgs);
    }

    /** A line with an English formula only (as in version 1.0 of this package). */
    public PayLine(String ruleId, String formula, Map<String, BigDecimal> inputs, Money amount) {
        this(ruleId, formula, inputs, amount, null, List.of());
    }
}
