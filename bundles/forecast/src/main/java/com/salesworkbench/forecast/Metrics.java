package com.salesworkbench.forecast;

/**
 * The accuracy metrics, one implementation used by backtests, selection, the shell and the benchmark.
 * {@code y} are the actual values, {@code f} the forecasts of the same periods.
 */
public final class Metrics {

    /** Tracking signal beyond this absolute value flags a biased forecast. */
    public static final double TRACKING_LIMIT = 4.0;

    private Metrics() {
    }

    /** sMAPE of M3 / M4 in percent: mean of 200 |y - f| / (|y| + |f|); a step with y = f = 0 counts 0. */
    public static double smape(double[] y, double[] f) {
        check(y, f);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double d = Math.abs(y[i]) + Math.abs(f[i]);
            s += d == 0 ? 0 : 200 * Math.abs(y[i] - f[i]) / d;
        }
        return s / y.length;
    }

    /** The MASE scale: in-sample mean absolute difference at lag m (lag 1 when m = 1 or the history is too short). */
    public static double maseScale(double[] insample, int m) {
        int lag = m > 1 && insample.length > m ? m : 1;
        double s = 0;
        int k = 0;
        for (int i = lag; i < insample.length; i++) {
            s += Math.abs(insample[i] - insample[i - lag]);
            k++;
        }
        return k == 0 ? Double.NaN : s / k;
    }

    /** MASE: mean |y - f| divided by {@link #maseScale}. */
    public static double mase(double[] insample, int m, double[] y, double[] f) {
        check(y, f);
        return mae(y, f) / maseScale(insample, m);
    }

    public static double mae(double[] y, double[] f) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += Math.abs(y[i] - f[i]);
        }
        return s / y.length;
    }

    /** MAPE in percent; steps with y = 0 are left out (NaN when all are). */
    public static double mape(double[] y, double[] f) {
        check(y, f);
        double s = 0;
        int k = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0) {
                s += 100 * Math.abs((y[i] - f[i]) / y[i]);
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }

    /** WAPE in percent: sum |y - f| / sum |y|. */
    public static double wape(double[] y, double[] f) {
        check(y, f);
        double e = 0;
        double a = 0;
        for (int i = 0; i < y.length; i++) {
            e += Math.abs(y[i] - f[i]);
            a += Math.abs(y[i]);
        }
        return a == 0 ? Double.NaN : 100 * e / a;
    }

    /** Bias: mean (y - f); positive means under-forecast. */
    public static double bias(double[] y, double[] f) {
        check(y, f);
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            s += y[i] - f[i];
        }
        return s / y.length;
    }

    /** Tracking signal: sum (y - f) / MAD; flagged when beyond {@link #TRACKING_LIMIT}. 0 when every error is 0. */
    public static double trackingSignal(double[] y, double[] f) {
        check(y, f);
        double mad = mae(y, f);
        return mad == 0 ? 0 : bias(y, f) * y.length / mad;
    }

    /** OWA of M4: the mean of sMAPE and MASE, each relative to Naive2's. */
    public static double owa(double smape, double mase, double smapeNaive2, double maseNaive2) {
        return 0.5 * (smape / smapeNaive2 + mase / maseNaive2);
    }

    private static void check(double[] y, double[] f) {
        if (y.length != f.length || y.length == 0) {
            throw new IllegalArgumentException("Actuals have " + y.length + " values, forecasts " + f.length);
        }
    }

    /** All metrics of one forecast. */
    public record Scores(double smape, double mase, double mape, double wape, double bias, double trackingSignal) {
        public static Scores of(double[] insample, int m, double[] y, double[] f) {
            return new Scores(Metrics.smape(y, f), Metrics.mase(insample, m, y, f), Metrics.mape(y, f), Metrics.wape(y, f),
                    Metrics.bias(y, f), Metrics.trackingSignal(y, f));
        }

        public boolean tracking() {
            return Math.abs(trackingSignal) > TRACKING_LIMIT;
        }
    }
}
