package com.salesworkbench.forecast;

import org.apache.commons.math3.distribution.NormalDistribution;

/** Seasonality helpers shared by the models: the ACF test of M3's Theta and classical decomposition. */
public final class Seasonality {

    private static final double Z90 = new NormalDistribution().inverseCumulativeProbability(0.95);

    private Seasonality() {
    }

    /** Autocorrelation of {@code y} at lags 1..maxLag (index 0 = lag 1). */
    public static double[] acf(double[] y, int maxLag) {
        int n = y.length;
        double mean = 0;
        for (double v : y) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : y) {
            c0 += (v - mean) * (v - mean);
        }
        double[] r = new double[maxLag];
        for (int k = 1; k <= maxLag; k++) {
            double c = 0;
            for (int t = k; t < n; t++) {
                c += (y[t] - mean) * (y[t - k] - mean);
            }
            r[k - 1] = c0 == 0 ? 0 : c / c0;
        }
        return r;
    }

    /**
     * The seasonality test of the M3 Theta method: the autocorrelation at lag m is significant at 90%
     * (two-sided, Bartlett's standard error). False when m <= 1 or the series is shorter than 3 m.
     */
    public static boolean isSeasonal(double[] y, int m) {
        if (m <= 1 || y.length < 3 * m) {
            return false;
        }
        double[] r = acf(y, m);
        double s = 0;
        for (int i = 0; i < m - 1; i++) {
            s += r[i] * r[i];
        }
        double limit = Z90 * Math.sqrt((1 + 2 * s) / y.length);
        return Math.abs(r[m - 1]) > limit;
    }

    /**
     * The seasonal figure of a classical decomposition (R's {@code decompose}): the mean by phase of the
     * series' ratio to (multiplicative) or difference from (additive) its centred moving average of order m,
     * normalised to mean 1 or 0; index i belongs to position i of the series modulo m. A phase without any
     * centred average (a series shorter than m + 1) stays neutral.
     */
    public static double[] classicalFigure(double[] y, int m, boolean multiplicative) {
        int n = y.length;
        double[] sum = new double[m];
        int[] count = new int[m];
        int half = m / 2;
        for (int t = half; t < n - half; t++) {
            double ma;
            if (m % 2 == 0) {
                double s = 0.5 * (y[t - half] + y[t + half]);
                for (int j = t - half + 1; j < t + half; j++) {
                    s += y[j];
                }
                ma = s / m;
            } else {
                double s = 0;
                for (int j = t - half; j <= t + half; j++) {
                    s += y[j];
                }
                ma = s / m;
            }
            if (multiplicative && ma == 0) {
                continue;
            }
            sum[t % m] += multiplicative ? y[t] / ma : y[t] - ma;
            count[t % m]++;
        }
        double neutral = multiplicative ? 1 : 0;
        double[] figure = new double[m];
        double total = 0;
        for (int i = 0; i < m; i++) {
            figure[i] = count[i] == 0 ? neutral : sum[i] / count[i];
            total += figure[i];
        }
        for (int i = 0; i < m; i++) {
            figure[i] = multiplicative ? figure[i] / (total / m) : figure[i] - total / m;
        }
        return figure;
    }

    /**
     * Multiplicative seasonal indices by classical decomposition, normalised to mean 1; an index that comes out
     * non-positive (a series with negative values) is taken as 1 so that seasonal adjustment stays defined.
     */
    public static double[] multiplicativeIndices(double[] y, int m) {
        double[] idx = classicalFigure(y, m, true);
        for (int i = 0; i < m; i++) {
            if (!(idx[i] > 0)) {
                idx[i] = 1;
            }
        }
        return idx;
    }

    /** Seasonal adjustment used by Naive2 and Theta: indices when the series tests seasonal, else null. */
    public static double[] indicesIfSeasonal(double[] y, int m) {
        if (!isSeasonal(y, m)) {
            return null;
        }
        for (double v : y) {
            if (v <= 0) {
                return null;
            }
        }
        return multiplicativeIndices(y, m);
    }
}
