package com.salesworkbench.planning;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Daily run-rate of a period target (seed 001): required per working day = target / working days; after
 * some days, the actual daily average projected over the remaining working days shows the shortfall (or
 * surplus) and the rate needed from now on.
 */
public record RunRate(Money target, int workingDays, int elapsedDays, Money actual, Money requiredPerDay,
        Money actualPerDay, Money projected, Money shortfall, Money requiredForRest) {

    /**
     * @param asOf the last day with actuals (included); the period runs {@code from} .. {@code to}
     */
    public static RunRate of(Money target, Money actual, LocalDate from, LocalDate to, LocalDate asOf,
            WorkingCalendar calendar) {
        if (!actual.currency().equals(target.currency())) {
            throw new PlanningException("quota.currency", "actual", actual.currency().getCurrencyCode(),
                    target.currency().getCurrencyCode());
        }
        if (asOf.isBefore(from.minusDays(1)) || asOf.isAfter(to)) {
            throw new PlanningException("runrate.asOfOutside", asOf, from, to);
        }
        int days = calendar.workingDays(from, to);
        if (days == 0) {
            throw new PlanningException("runrate.noWorkingDays", from, to, calendar.country());
        }
        int elapsed = asOf.isBefore(from) ? 0 : calendar.workingDays(from, asOf);
        int rest = days - elapsed;
        int scale = target.amount().scale();
        Money required = Money.of(target.amount().divide(BigDecimal.valueOf(days), scale + 6, RoundingMode.HALF_EVEN),
                target.currency(), RoundingMode.HALF_EVEN);
        Money perDay = elapsed == 0 ? Money.zero(target.currency())
                : Money.of(actual.amount().divide(BigDecimal.valueOf(elapsed), scale + 6, RoundingMode.HALF_EVEN),
                        target.currency(), RoundingMode.HALF_EVEN);
        Money projected = elapsed == 0 ? actual
                : Money.of(actual.amount().add(actual.amount().multiply(BigDecimal.valueOf(rest))
                        .divide(BigDecimal.valueOf(elapsed), scale + 6, RoundingMode.HALF_EVEN)), target.currency(),
                        RoundingMode.HALF_EVEN);
        Money shortfall = target.minus(projected);
        if (shortfall.signum() < 0) {
            shortfall = Money.zero(target.currency());
        }
        Money left = target.minus(actual);
        Money forRest = rest == 0 ? left
                : Money.of(left.amount().divide(BigDecimal.valueOf(rest), scale + 6, RoundingMode.HALF_EVEN),
                        target.currency(), RoundingMode.HALF_EVEN);
        return new RunRate(target, days, elapsed, actual, required, perDay, projected, shortfall, forRest);
    }

    /** True when the actual daily average stays below the required rate. */
    public boolean behind() {
        return elapsedDays > 0 && actualPerDay.compareTo(requiredPerDay) < 0;
    }
}
