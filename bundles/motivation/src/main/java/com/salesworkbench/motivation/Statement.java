package com.salesworkbench.motivation;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.time.PlanPeriod;
import java.util.List;

/**
 * A rep's pay for one period: every line (fixed part first, then each rule in scheme order) with its
 * formula, inputs and amount; the total; the scheme name and revision used; and the rules that could not be
 * computed (their lines are missing, so the statement is then incomplete).
 */
public record Statement(String person, PlanPeriod period, String scheme, int revision, List<PayLine> lines, Money total,
                        List<Problem> problems) {
    public Statement {
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
    }

    public boolean complete() {
        return problems.isEmpty();
    }

    /** The variable part: the total less the fixed line. */
    public Money variable() {
        Money fixed = lines.stream().filter(l -> l.ruleId().equals(PayEngine.FIXED)).map(PayLine::amount).findFirst()
                .orElse(Money.zero(total.currency()));
        return total.minus(fixed);
    }
}
