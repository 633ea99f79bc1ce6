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

    /** Index of the first observed (not missing) value, or -1 when every value is missing. */
    public int firstObserved() {
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the last observed (not missing) value, or -1 when every value is missing. */
    public int lastObserved() {
        for (int i = values.length - 1; i >= 0; i--) {
            if (!Double.isNaN(values[i])) {
                return i;
            }
        }
        return -1;
    }

    /** This series without the missing values at its start and end; no values when none is observed. */
    public TimeSeries trimmed() {
        int first = firstObserved();
        if (first < 0) {
            return new TimeSeries(id, start, new double[0]);
        }
        return new TimeSeries(id, periodAt(first), Arrays.copyOfRange(values, first, lastObserved() + 1));
    }

    /**
     * This series with every missing value between two observed ones filled on the straight line between
     * them. Missing values at the ends stay missing: trim first.
     */
    public TimeSeries interpolated() {
        double[] v = values.clone();
        int first = firstObserved();
        int last = lastObserved();
        for (int i = first + 1; first >= 0 && i < last; i++) {
            if (Double.isNaN(v[i])) {
                int j = i;
                while (Double.isNaN(v[j])) {
                    j++;
                }
                for (int k = i; k < j; k++) {
                    v[k] = v[i - 1] + (v[j] - v[i - 1]) * (k - i + 1) / (j - i + 1);
                }
                i = j;
            }
        }
        return new TimeSeries(id, start, v);
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
