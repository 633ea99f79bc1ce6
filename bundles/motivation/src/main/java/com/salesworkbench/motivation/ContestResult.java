package com.salesworkbench.motivation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A contest's outcome: every person or team with its value, ranked, and the winners. {@code unit} is
 * {@code money}, {@code percent} or {@code count}; for over-fulfilment it says whether plans were equal
 * (money) or not (percent).
 */
public record ContestResult(Contest contest, LocalDate from, LocalDate to, String unit, List<Standing> standings) {

    public record Standing(String subject, BigDecimal value, boolean winner, LocalDate week) {
    }

    public ContestResult {
        standings = List.copyOf(standings);
    }

    public List<String> winners() {
        return standings.stream().filter(Standing::winner).map(Standing::subject).distinct().toList();
    }
}
