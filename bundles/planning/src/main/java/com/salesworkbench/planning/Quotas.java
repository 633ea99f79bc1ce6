package com.salesworkbench.planning;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/** Per-rep quotas for a period, the check that they cover the period target, and control-point status. */
public final class Quotas {

    /** One rep's quota for one period. */
    public record Quota(String rep, PlanPeriod period, Money amount) {
        public Quota {
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** The sum of the quotas inside the target's period against the target. */
    public record Coverage(Money target, Money quotas, Money uncovered, boolean covered) {
    }

    /** Status at a control point. */
    public enum Status {
        ON_TRACK, BEHIND, AHEAD
    }

    private Quotas() {
    }

    /**
     * Sums the quotas that fall inside {@code period} and compares them with the target. A quota in another
     * currency, or one that straddles the period, is refused with the rep and period named.
     */
    public static Coverage cover(PlanPeriod period, Money target, List<Quota> quotas) {
        Money sum = Money.zero(target.currency());
        for (int i = 0; i < quotas.size(); i++) {
            Quota q = quotas.get(i);
            if (!q.amount().currency().equals(target.currency())) {
                throw new PlanningException("quota.currencyRow", i + 1, q.rep(), q.period(),
                        q.amount().currency().getCurrencyCode(), target.currency().getCurrencyCode());
            }
            boolean inside = !q.period().start().isBefore(period.start()) && !q.period().end().isAfter(period.end());
            boolean outside = q.period().end().isBefore(period.start()) || q.period().start().isAfter(period.end());
            if (!inside && !outside) {
                throw new PlanningException("quota.straddles", i + 1, q.rep(), q.period(), period);
            }
            if (inside) {
                sum = sum.plus(q.amount());
            }
        }
        Money uncovered = target.minus(sum);
        return new Coverage(target, sum, uncovered.signum() > 0 ? uncovered : Money.zero(target.currency()),
                uncovered.signum() <= 0);
    }

    /**
     * On track / behind / ahead at a control point: the actual to date against the target pro rata to the
     * share of the period elapsed, within a tolerance (0.05 = 5%).
     */
    public static Status status(Money expectedToDate, Money actualToDate, BigDecimal tolerance) {
        if (expectedToDate.signum() == 0) {
            return actualToDate.signum() > 0 ? Status.AHEAD : Status.ON_TRACK;
        }
        BigDecimal ratio = actualToDate.amount().divide(expectedToDate.amount(), 10, RoundingMode.HALF_EVEN);
        if (ratio.compareTo(BigDecimal.ONE.subtract(tolerance)) < 0) {
            return Status.BEHIND;
        }
        if (ratio.compareTo(BigDecimal.ONE.add(tolerance)) > 0) {
            return Status.AHEAD;
        }
        return Status.ON_TRACK;
    }

    /** The target expected by {@code elapsed} of {@code total} working days (half-even to the minor unit). */
    public static Money expectedToDate(Money target, int elapsed, int total) {
        if (total <= 0) {
            throw new PlanningException("runrate.noWorkingDays", "-", "-", "-");
        }
        return Money.of(target.amount().multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(total), 10,
                RoundingMode.HALF_EVEN), target.currency(), RoundingMode.HALF_EVEN);
    }
}
