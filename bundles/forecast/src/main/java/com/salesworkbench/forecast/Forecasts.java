package com.salesworkbench.forecast;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;

/** Helpers for models: building forecasts with normal intervals, validity checks, clamping. */
public final class Forecasts {

    private static final NormalDistribution NORMAL = new NormalDistribution();

    private Forecasts() {
    }

    /** The two-sided normal quantile for a coverage level in percent (80 gives 1.2816). */
    public static double z(double level) {
        if (!(level > 0 && level < 100)) {
            throw new IllegalArgumentException("A prediction level must be between 0 and 100, was " + level);
        }
        return NORMAL.inverseCumulativeProbability(0.5 + level / 200);
    }

    /** A forecast with symmetric normal intervals: mean +- z * sd per step. */
    public static Forecast normal(PlanPeriod start, double[] mean, double[] sd, double... levels) {
        List<Forecast.Interval> ints = new ArrayList<>();
        for (double level : levels) {
            double q = z(level);
            double[] lo = new double[mean.length];
            double[] hi = new double[mean.length];
            for (int i = 0; i < mean.length; i++) {
                lo[i] = mean[i] - q * sd[i];
                hi[i] = mean[i] + q * sd[i];
            }
            ints.add(new Forecast.Interval(level, lo, hi));
        }
        return new Forecast(start, mean, ints);
    }

    /** True when the forecast has the horizon, the number of intervals asked for, and only finite numbers. */
    public static boolean valid(Forecast f, int horizon, int levels) {
        if (f == null || f.horizon() != horizon || f.intervals().size() != levels) {
            return false;
        }
        if (!finite(f.mean())) {
            return false;
        }
        for (Forecast.Interval i : f.intervals()) {
            if (!finite(i.lower()) || !finite(i.upper())) {
                return false;
            }
        }
        return true;
    }

    private static boolean finite(double[] xs) {
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                return false;
            }
        }
        return true;
    }

    /** The forecast with every value below zero raised to zero. */
    public static Forecast clampAtZero(Forecast f) {
        List<Forecast.Interval> ints = new ArrayList<>();
        for (Forecast.Interval i : f.intervals()) {
            ints.add(new Forecast.Interval(i.level(), clamp(i.lower()), clamp(i.upper())));
        }
        return new Forecast(f.start(), clamp(f.mean()), ints);
    }

    private static double[] clamp(double[] xs) {
        double[] out = xs.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, out[i]);
        }
        return out;
    }
}
