package com.salesworkbench.api.time;

import java.util.Arrays;
import java.util.Objects;

/**
 * A regular series of observations, one per period, starting at {@code start}. Values are doubles because
 * they feed statistics; money that must add up exactly is kept as {@code Money} elsewhere. Missing
 * observations are {@code NaN}. The array is copied in and out, so a series never changes.
 */
public record TimeSeries(String id, PlanPeriod start, double[] values) {

    public TimeSeries {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    public Frequency frequency() {
        return start.frequency();
    }

    public int length() {
        return values.length;
    }

    public double valueAt(int index) {
        return values[index];
    }

    public PlanPeriod periodAt(int index) {
        return start.plus(index);
    }

    /** The first period after the last observation: where a forecast starts. */
    public PlanPeriod end() {
        return start.plus(values.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeSeries t && id.equals(t.id) && start.equals(t.start) && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, start, Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "TimeSeries[" + id + ", " + start + " +" + values.length + "]";
    }
}
