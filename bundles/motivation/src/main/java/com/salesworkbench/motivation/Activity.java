package com.salesworkbench.motivation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity figure: a rep (in a team) on a day, a metric ({@code sales}, {@code plan}, {@code calls},
 * {@code meetings}, {@code contracts}, {@code vipContracts}, {@code profit}...) and its value. A monthly plan is
 * a {@code plan} row dated in its month.
 */
public record Activity(String person, String team, LocalDate date, String metric, BigDecimal value) {
}
