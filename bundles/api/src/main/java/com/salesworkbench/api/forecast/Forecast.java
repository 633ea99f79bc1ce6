package com.salesworkbench.api.forecast;

import com.salesworkbench.api.time.PlanPeriod;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Point forecasts and prediction intervals for consecutive periods starting at {@code start}.
 */
public record Forecast(PlanPeriod start, double[] mean, List<Interval> intervals) {

    /** A prediction interval at one coverage level, bounds per step. */
    public record Interval(double level, double[] lower, double[] upper) {
        public Interval {
            lower = lower.clone();
            upper = upper.clone();
            if (lower.length != upper.length) {
                throw new IllegalArgumentException("Interval bounds differ in length");
            }
        }

        @Override
        public double[] lower() {
            return lower.clone();
        }

        @Override
        public double[] upper() {
            return upper.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Interval i && level == i.level
                    && Arrays.equals(lower, i.lower) && Arrays.equals(upper, i.upper);
        }

        @Override
        public int hashCode() {
            return Objects.hash(level, Arrays.hashCode(lower), Arrays.hashCode(upper));
        }
    }

    public Forecast {
        Objects.requireNonNull(start, "start");
        mean = mean.clone();
        intervals = List.copyOf(intervals);
        for (Interval i : intervals) {
            if (i.lower.length != mean.length) {
                throw new IllegalArgumentException("Interval at level " + i.level + " has "
                        + i.lower.length + " steps, the forecast has " + mean.length);
            }
        }
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    public int horizon() {
        return mean.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Forecast f && start.equals(f.start) && Arrays.equals(mean, f.mean)
                && intervals.equals(f.intervals);
    }

    @Override
    public int hashCode() {
        return Objects.hash(start, Arrays.hashCode(mean), intervals);
    }
}
