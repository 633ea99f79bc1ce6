package com.salesworkbench.seasonality;

/**
 * Moving averages over a series. A result has the input's length; positions where the window does not fit,
 * or where it covers a missing value (NaN), are NaN: "no value here", never a silent number.
 */
public final class MovingAverages {

    private MovingAverages() {
    }

    /**
     * The centred moving average of R's {@code filter(x, c(0.5, rep(1, w - 1), 0.5) / w, sides = 2)} for an
     * even window w, and the plain mean of the 2p + 1 values around each point for an odd window.
     * For w = 12: T(t) = (0.5 y(t-6) + y(t-5) + ... + y(t+5) + 0.5 y(t+6)) / 12.
     */
    public static double[] centred(double[] y, int window) {
        requireWindow(window);
        int n = y.length;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        int half = window / 2;
        if (window % 2 == 1) {
            for (int t = half; t < n - half; t++) {
                double s = 0;
                for (int j = t - half; j <= t + half; j++) {
                    s += y[j];
                }
                out[t] = s / window;
            }
        } else {
            double w = 1.0 / window;
            double wEnd = 0.5 / window;
            for (int t = half; t < n - half; t++) {
                double s = wEnd * y[t - half] + wEnd * y[t + half];
                for (int j = t - half + 1; j < t + half; j++) {
                    s += w * y[j];
                }
                out[t] = s;
            }
        }
        return out;
    }

    /** The trailing simple moving average: out(t) = mean of y(t - w + 1) .. y(t), NaN for t < w - 1. */
    public static double[] trailing(double[] y, int window) {
        requireWindow(window);
        int n = y.length;
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        for (int t = window - 1; t < n; t++) {
            double s = 0;
            for (int j = t - window + 1; j <= t; j++) {
                s += y[j];
            }
            out[t] = s / window;
        }
        return out;
    }

    private static void requireWindow(int window) {
        if (window < 1) {
            throw new SeasonalityException("window.invalid", window);
        }
    }
}
