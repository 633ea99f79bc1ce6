package com.salesworkbench.forecast.models.arima.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Hyndman-Khandakar (2008) automatic ARIMA of R's forecast::auto.arima (stepwise = TRUE): D from the
 * seasonal strength test (as R's default seasonal.test = "seas", but on a classical additive decomposition
 * instead of STL: D = 1 when the strength is above 0.64), d from repeated KPSS level-stationarity tests at 5%
 * (as R's ndiffs), then a stepwise search over p, q, P, Q and the constant from the four (five) starting
 * forms, by AICc, with R's limits (p, q up to 5, P, Q up to 2, p + q + P + Q up to 5, a constant only when
 * d + D is at most 1).
 */
final class AutoArima {

    static final int MAX_P = 5;
    static final int MAX_Q = 5;
    static final int MAX_SP = 2;
    static final int MAX_SQ = 2;
    static final int MAX_ORDER = 5;
    static final int MAX_MODELS = 94;
    /** KPSS critical value at 5% for level stationarity (Kwiatkowski et al. 1992, table 1). */
    static final double KPSS_CRITICAL_5 = 0.463;
    /** Seasonal strength above which the series is seasonally differenced (R's nsdiffs "seas" test). */
    static final double SEASONAL_STRENGTH = 0.64;

    private AutoArima() {
    }

    /** The KPSS statistic for level stationarity with the Bartlett window of R's ndiffs: trunc(3 sqrt(n) / 13) lags. */
    static double kpss(double[] x) {
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v / n;
        }
        double[] e = new double[n];
        double s = 0;
        double eta = 0;
        for (int t = 0; t < n; t++) {
            e[t] = x[t] - mean;
            s += e[t];
            eta += s * s;
        }
        eta /= (double) n * n;
        int lags = (int) (3 * Math.sqrt(n) / 13);
        double s2 = 0;
        for (double v : e) {
            s2 += v * v;
        }
        for (int l = 1; l <= lags; l++) {
            double c = 0;
            for (int t = l; t < n; t++) {
                c += e[t] * e[t - l];
            }
            s2 += 2 * (1 - l / (lags + 1.0)) * c;
        }
        s2 /= n;
        return s2 > 0 ? eta / s2 : 0;
    }

    /** Number of first differences (0 to 2) until the KPSS test no longer rejects level stationarity. */
    static int ndiffs(double[] x) {
        int d = 0;
        double[] z = x;
        while (d < 2 && z.length > 3 && !constant(z) && kpss(z) > KPSS_CRITICAL_5) {
            d++;
            z = Arima.lagDiff(z, 1);
        }
        return d;
    }

    /**
     * Seasonal strength max(0, 1 - var(R) / var(S + R)) of a classical additive decomposition: trend by the
     * centred moving average of the cycle, seasonal indices as mean detrended values per position.
     */
    static double seasonalStrength(double[] y, int m) {
        int n = y.length;
        int half = m / 2;
        double[] detr = new double[n];
        boolean[] has = new boolean[n];
        for (int t = half; t < n - half; t++) {
            double s = 0;
            if (m % 2 == 0) {
                s = (y[t - half] + y[t + half]) / 2;
                for (int i = t - half + 1; i < t + half; i++) {
                    s += y[i];
                }
            } else {
                for (int i = t - half; i <= t + half; i++) {
                    s += y[i];
                }
            }
            detr[t] = y[t] - s / m;
            has[t] = true;
        }
        double[] idx = new double[m];
        int[] cnt = new int[m];
        for (int t = 0; t < n; t++) {
            if (has[t]) {
                idx[t % m] += detr[t];
                cnt[t % m]++;
            }
        }
        double avg = 0;
        for (int i = 0; i < m; i++) {
            idx[i] = cnt[i] > 0 ? idx[i] / cnt[i] : 0;
            avg += idx[i] / m;
        }
        int k = 0;
        double[] r = new double[n];
        double[] sr = new double[n];
        for (int t = 0; t < n; t++) {
            if (has[t]) {
                sr[k] = detr[t];
                r[k] = detr[t] - (idx[t % m] - avg);
                k++;
            }
        }
        double vsr = variance(sr, k);
        return vsr > 0 ? Math.max(0, 1 - variance(r, k) / vsr) : 0;
    }

    private static double variance(double[] x, int k) {
        double mean = 0;
        for (int i = 0; i < k; i++) {
            mean += x[i] / k;
        }
        double v = 0;
        for (int i = 0; i < k; i++) {
            v += (x[i] - mean) * (x[i] - mean);
        }
        return k > 1 ? v / (k - 1) : 0;
    }

    static boolean constant(double[] x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
        }
        return hi - lo <= 1e-10 * Math.max(1, Math.max(Math.abs(lo), Math.abs(hi)));
    }

    /** The differencing orders {d, D} for y with period m. */
    static int[] differencing(double[] y, int m) {
        int sd = m > 1 && y.length >= 2 * m + 1 && seasonalStrength(y, m) > SEASONAL_STRENGTH ? 1 : 0;
        double[] x = sd == 1 ? Arima.lagDiff(y, m) : y;
        return new int[] {ndiffs(x), sd};
    }

    /** The form with the lowest AICc found by the stepwise search; y has at least 3 values. */
    static Arima select(double[] y, int m) {
        int[] dd = differencing(y, m);
        int d = dd[0];
        int sd = dd[1];
        boolean seasonal = m > 1;
        double[] w = Arima.difference(y, d, sd, m);
        boolean allowConstant = d + sd <= 1;
        int period = seasonal ? m : 1;
        if (w.length < 1 || constant(w)) {
            // nothing left to model: the differenced series is flat (a level, a line, a repeated pattern)
            boolean c = w.length > 0 && Math.abs(w[0]) > 0;
            return Arima.exact(new Arima.Order(0, d, 0, 0, sd, 0, period, c), y);
        }
        int n = y.length;
        int maxP = Math.min(MAX_P, n / 3);
        int maxQ = Math.min(MAX_Q, n / 3);
        int maxSP = seasonal ? Math.min(MAX_SP, n / 3 / m) : 0;
        int maxSQ = seasonal ? Math.min(MAX_SQ, n / 3 / m) : 0;
        Search s = new Search(y, d, sd, period, maxP, maxQ, maxSP, maxSQ, allowConstant);
        int p0 = Math.min(2, maxP);
        int q0 = Math.min(2, maxQ);
        int sp0 = Math.min(1, maxSP);
        int sq0 = Math.min(1, maxSQ);
        s.tryForm(p0, q0, sp0, sq0, allowConstant);
        s.tryForm(0, 0, 0, 0, allowConstant);
        s.tryForm(Math.min(1, maxP), 0, sp0, 0, allowConstant);
        s.tryForm(0, Math.min(1, maxQ), 0, sq0, allowConstant);
        if (allowConstant) {
            s.tryForm(0, 0, 0, 0, false);
        }
        boolean improved = s.best != null;
        while (improved && s.tried.size() < MAX_MODELS) {
            improved = false;
            Arima.Order b = s.best.order;
            int p = b.p();
            int q = b.q();
            int sp = b.sp();
            int sq = b.sq();
            boolean c = b.constant();
            List<int[]> moves = List.of(
                    new int[] {p, q, sp - 1, sq}, new int[] {p, q, sp + 1, sq},
                    new int[] {p, q, sp, sq - 1}, new int[] {p, q, sp, sq + 1},
                    new int[] {p, q, sp - 1, sq - 1}, new int[] {p, q, sp - 1, sq + 1},
                    new int[] {p, q, sp + 1, sq - 1}, new int[] {p, q, sp + 1, sq + 1},
                    new int[] {p - 1, q, sp, sq}, new int[] {p + 1, q, sp, sq},
                    new int[] {p, q - 1, sp, sq}, new int[] {p, q + 1, sp, sq},
                    new int[] {p - 1, q - 1, sp, sq}, new int[] {p - 1, q + 1, sp, sq},
                    new int[] {p + 1, q - 1, sp, sq}, new int[] {p + 1, q + 1, sp, sq});
            for (int[] mv : moves) {
                if (s.tryForm(mv[0], mv[1], mv[2], mv[3], c)) {
                    improved = true;
                    break;
                }
            }
            if (!improved && allowConstant && s.tryForm(p, q, sp, sq, !c)) {
                improved = true;
            }
        }
        if (s.best == null) {
            throw new IllegalArgumentException("no ARIMA form could be fitted to the series");
        }
        return s.best;
    }

    private static final class Search {
        final double[] y;
        final int d;
        final int sd;
        final int m;
        final int maxP;
        final int maxQ;
        final int maxSP;
        final int maxSQ;
        final boolean allowConstant;
        final Set<Arima.Order> tried = new HashSet<>();
        Arima best;

        Search(double[] y, int d, int sd, int m, int maxP, int maxQ, int maxSP, int maxSQ, boolean allowConstant) {
            this.y = y;
            this.d = d;
            this.sd = sd;
            this.m = m;
            this.maxP = maxP;
            this.maxQ = maxQ;
            this.maxSP = maxSP;
            this.maxSQ = maxSQ;
            this.allowConstant = allowConstant;
        }

        /** Fits the form unless out of bounds or already tried; true when it becomes the best. */
        boolean tryForm(int p, int q, int sp, int sq, boolean c) {
            if (p < 0 || q < 0 || sp < 0 || sq < 0 || p > maxP || q > maxQ || sp > maxSP || sq > maxSQ
                    || p + q + sp + sq > MAX_ORDER || (c && !allowConstant)) {
                return false;
            }
            Arima.Order o = new Arima.Order(p, d, q, sp, sd, sq, m, c);
            if (!tried.add(o)) {
                return false;
            }
            Arima f = Arima.fit(o, y);
            if (f != null && Double.isFinite(f.aicc) && (best == null || f.aicc < best.aicc)) {
                best = f;
                return true;
            }
            return false;
        }
    }
}
