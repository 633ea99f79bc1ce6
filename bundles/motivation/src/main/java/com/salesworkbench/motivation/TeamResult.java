package com.salesworkbench.motivation;

import com.salesworkbench.api.money.Money;
import java.util.List;

/** Statements of several reps for the same scheme, the reps that could not be computed, and the total cost. */
public record TeamResult(List<Statement> statements, List<Problem> problems, Money totalCost) {
    public TeamResult {
        statements = List.copyOf(statements);
        problems = List.copyOf(problems);
    }
}
