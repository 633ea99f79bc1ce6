package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.PlanPeriod;
import java.util.Objects;
import java.util.Set;

/**
 * Choices of a decomposition beyond its form.
 *
 * @param average     how the seasonal estimates of one cycle position are averaged
 * @param events      periods marked as events (a moving holiday, a one-off promotion): their seasonal
 *                    estimates are left out of the averages, as outliers
 * @param workingDays working days of each period of the series (same length), or null: when given, the
 *                    series is divided by them first, so the indices are per working day
 */
public record DecompositionOptions(IndexAverage average, Set<PlanPeriod> events, double[] workingDays) {

    public static final DecompositionOptions DEFAULT = new DecompositionOptions(IndexAverage.MEAN, Set.of(), null);

    public DecompositionOptions {
        Objects.requireNonNull(average, "average");
        events = Set.copyOf(events);
        workingDays = workingDays == null ? null : workingDays.clone();
    }

    @Override
    public double[] workingDays() {
        return workingDays == null ? null : workingDays.clone();
    }

    public DecompositionOptions withAverage(IndexAverage a) {
        return new DecompositionOptions(a, events, workingDays);
    }

    public DecompositionOptions withEvents(Set<PlanPeriod> e) {
        return new DecompositionOptions(average, e, workingDays);
    }

    public DecompositionOptions withWorkingDays(double[] days) {
        return new DecompositionOptions(average, events, days);
    }
}
