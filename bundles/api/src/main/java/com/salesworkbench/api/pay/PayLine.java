package com.salesworkbench.api.pay;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.util.Map;

/**
 * One line of a pay statement: the amount and how it came about, so a rep can check it by hand.
 *
 * @param formula the formula in words and symbols, e.g. {@code "actual x 5% above 100 000"}
 * @param inputs  the numbers the formula used, by name
 */
public record PayLine(String ruleId, String formula, Map<String, BigDecimal> inputs, Money amount) {
    public PayLine {
        inputs = Map.copyOf(inputs);
    }
}
