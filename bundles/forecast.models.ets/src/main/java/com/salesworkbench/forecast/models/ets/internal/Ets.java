package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.forecast.Forecasts;
import com.salesworkbench.forecast.NelderMead;
import com.salesworkbench.forecast.Seasonality;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The ETS state-space family as R's forecast::ets() defines it (Hyndman, Koehler, Ord and Snyder 2008):
 * error A/M, trend N/A/Ad, season N/A/M. Smoothing parameters and initial states are fitted jointly by
 * maximum likelihood with Nelder-Mead, inside the usual bounds and the admissible region ("both" in R).
 */
final class Ets {

    static final double[] LOWER = {1e-4, 1e-4, 1e-4, 0.8};
    static final double[] UPPER = {0.9999, 0.9999, 0.9999, 0.98};

    /** One model form, e.g. M,Ad,N. */
    record Spec(boolean multError, boolean trend, boolean damped, char season) {
        boolean seasonal() {
            return season != 'N';
        }

        @Override
        public String toString() {
            return "ETS(" + (multError ? "M" : "A") + "," + (trend ? damped ? "Ad" : "A" : "N") + "," + season + ")";
        }

        static Spec parse(String s) {
            String t = s.replace("ETS(", "").replace(")", "").replace(",", "");
            boolean me = t.charAt(0) == 'M';
            boolean tr = t.charAt(1) == 'A';
            boolean d = t.length() == 4;
            return new Spec(me, tr, d, t.charAt(t.length() - 1));
        }

        /** Number of estimated values (parameters and initial states) plus sigma, for m. */
        int parameterCount(int m) {
            int k = 2 + (trend ? 2 : 0) + (damped ? 1 : 0) + (seasonal() ? m : 0);
            return k;
        }
    }

    /** A fitted model. */
    static final class Fit {
        final Spec spec;
        final int m;
        final double alpha;
        final double beta;
        final double gamma;
        final double phi;
        final double[] init;
        final double[] par;
        final double lik;
        final int np;
        final double sigma2;
        final int n;
        // final states
        final double level;
        final double slope;
        final double[] seasons;
        final int nextPhase;

        Fit(Spec spec, int m, double[] par, double[] y, double lik) {
            this.spec = spec;
            this.m = m;
            int k = 0;
            alpha = par[k++];
            beta = spec.trend ? par[k++] : 0;
            gamma = spec.seasonal() ? par[k++] : 0;
            phi = spec.damped ? par[k++] : 1;
            init = Arrays.copyOfRange(par, k, par.length);
            this.par = par.clone();
            this.lik = lik;
            this.n = y.length;
            int npar = par.length;
            this.np = npar + 1;
            // run once more to get the final state and the errors
            double[] state = new double[2 + m];
            double sse = run(spec, m, par, y, state);
            sigma2 = sse / Math.max(1, n - npar);
            level = state[0];
            slope = state[1];
            seasons = Arrays.copyOfRange(state, 2, 2 + m);
            nextPhase = n % m;
        }

        double aic() {
            return lik + 2 * np;
        }

        double aicc() {
            return n - np - 1 > 0 ? aic() + 2.0 * np * (np + 1) / (n - np - 1) : Double.POSITIVE_INFINITY;
        }

        double loglik() {
            return -0.5 * lik;
        }

        Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("alpha", alpha);
            if (spec.trend) {
                p.put("beta", beta);
            }
            if (spec.seasonal()) {
                p.put("gamma", gamma);
            }
            if (spec.damped) {
                p.put("phi", phi);
            }
            p.put("l0", init[0]);
            if (spec.trend) {
                p.put("b0", init[1]);
            }
            p.put("sigma2", sigma2);
            p.put("aicc", aicc());
            p.put("loglik", loglik());
            return p;
        }

        double[] pointForecast(int h) {
            double[] f = new double[h];
            double damp = 0;
            double ph = 1;
            for (int i = 0; i < h; i++) {
                ph = spec.damped ? ph * phi : 1;
                damp += spec.trend ? ph : 0;
                double q = level + damp * slope;
                double s = seasons[(nextPhase + i) % m];
                f[i] = spec.season == 'A' ? q + s : spec.season == 'M' ? q * s : q;
            }
            return f;
        }

        /** Analytic intervals for the additive class (A error, no M season); simulated otherwise. */
        Forecast forecast(PlanPeriod start, int h, double[] levels) {
            double[] mean = pointForecast(h);
            if (levels.length == 0) {
                return new Forecast(start, mean, List.of());
            }
            if (!spec.multError && spec.season != 'M') {
                double[] sd = new double[h];
                double acc = 0;
                for (int i = 0; i < h; i++) {
                    if (i > 0) {
                        int j = i;
                        double c = alpha;
                        if (spec.trend) {
                            c += spec.damped ? beta * phi * (1 - Math.pow(phi, j)) / (1 - phi) : beta * j;
                        }
                        if (spec.seasonal() && j % m == 0) {
                            c += gamma;
                        }
                        acc += c * c;
                    }
                    sd[i] = Math.sqrt(sigma2 * (1 + acc));
                }
                return Forecasts.normal(start, mean, sd, levels);
            }
            return simulated(start, mean, h, levels);
        }

        private Forecast simulated(PlanPeriod start, double[] mean, int h, double[] levels) {
            int paths = 1000;
            double[][] sims = new double[h][paths];
            SplittableRandom rnd = new SplittableRandom(Double.doubleToLongBits(level) ^ n);
            double sd = Math.sqrt(sigma2);
            double[] s = new double[m];
            for (int p = 0; p < paths; p++) {
                double l = level;
                double b = slope;
                System.arraycopy(seasons, 0, s, 0, m);
                for (int i = 0; i < h; i++) {
                    int ph = (nextPhase + i) % m;
                    double q = l + phi * b;
                    double ss = s[ph];
                    double yhat = spec.season == 'A' ? q + ss : spec.season == 'M' ? q * ss : q;
                    double e = gaussian(rnd) * sd;
                    // a relative error below -100% would turn the path negative and break multiplicative states
                    double y = spec.multError ? yhat * Math.max(1 + e, 1e-6) : yhat + e;
                    sims[i][p] = y;
                    double pp = spec.season == 'N' ? y : spec.season == 'A' ? y - ss : y / ss;
                    double ln = q + alpha * (pp - q);
                    if (spec.trend) {
                        double pb = phi * b;
                        b = pb + (beta / alpha) * ((ln - l) - pb);
                    }
                    if (spec.seasonal()) {
                        double t = spec.season == 'A' ? y - q : y / q;
                        s[ph] = ss + gamma * (t - ss);
                    }
                    l = ln;
                }
            }
            for (int i = 0; i < h; i++) {
                Arrays.sort(sims[i]);
            }
            List<Forecast.Interval> ints = new ArrayList<>();
            for (double lv : levels) {
                double[] lo = new double[h];
                double[] hi = new double[h];
                for (int i = 0; i < h; i++) {
                    lo[i] = quantile(sims[i], 0.5 - lv / 200);
                    hi[i] = quantile(sims[i], 0.5 + lv / 200);
                    if (!Double.isFinite(lo[i]) || !Double.isFinite(hi[i])) {
                        // paths that exploded: a normal interval on the relative error, widened as a random walk
                        double half = Forecasts.z(lv) * Math.sqrt(sigma2 * (i + 1)) * Math.abs(mean[i]);
                        lo[i] = mean[i] - half;
                        hi[i] = mean[i] + half;
                    }
                }
                ints.add(new Forecast.Interval(lv, lo, hi));
            }
            return new Forecast(start, mean, ints);
        }
    }

    private static double gaussian(SplittableRandom r) {
        double u1 = r.nextDouble();
        double u2 = r.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private Ets() {
    }

    /**
     * Runs the model over y with the parameter vector (alpha, beta, gamma, phi as present, l0, b0, s for phases
     * m-1 .. 1) and returns the sum of squared errors (relative for M error); state gets the final level, slope
     * and seasons by phase. Returns NaN when a one-step forecast is (nearly) zero.
     */
    static double run(Spec spec, int m, double[] par, double[] y, double[] state) {
        return likOrSse(spec, m, par, y, state, false);
    }

    /** -2 log likelihood up to constants, as R's ets: n log(SSE) (+ 2 sum log|yhat| for M error). */
    static double lik(Spec spec, int m, double[] par, double[] y, double[] work) {
        return likOrSse(spec, m, par, y, work, true);
    }

    private static double likOrSse(Spec spec, int m, double[] par, double[] y, double[] work, boolean wantLik) {
        int k = 0;
        double alpha = par[k++];
        double beta = spec.trend ? par[k++] : 0;
        double gamma = spec.seasonal() ? par[k++] : 0;
        double phi = spec.damped ? par[k++] : spec.trend ? 1 : 0;
        double l = par[k++];
        double b = spec.trend ? par[k++] : 0;
        int sm = spec.seasonal() ? m : 1;
        double[] s = work;
        // work[2..2+m): seasons by phase
        if (spec.seasonal()) {
            double sum = 0;
            for (int j = 1; j < m; j++) {
                double v = par[k + (m - 1 - j)];
                s[2 + j] = v;
                sum += v;
            }
            s[2] = (spec.season == 'M' ? m : 0) - sum;
            if (spec.season == 'M') {
                // R's ets refuses initial multiplicative seasons below zero (the derived one included)
                for (int j = 0; j < m; j++) {
                    if (s[2 + j] < 0) {
                        return Double.NaN;
                    }
                }
            }
        } else {
            s[2] = spec.season == 'M' ? 1 : 0;
        }
        final boolean addS = spec.season == 'A';
        final boolean mulS = spec.season == 'M';
        final boolean seasonal = addS || mulS;
        final boolean trend = spec.trend;
        final boolean multError = spec.multError;
        final double ba = trend ? beta / alpha : 0;
        final int n = y.length;
        double sse = 0;
        double slog = 0;
        double prod = 1;
        int ph = 0;
        for (int t = 0; t < n; t++) {
            int idx = 2 + ph;
            double ss = seasonal ? s[idx] : 0;
            double pb = phi * b;
            double q = l + pb;
            double yhat;
            double p;
            double yt = y[t];
            if (mulS) {
                yhat = q * ss;
                p = yt / ss;
            } else if (addS) {
                yhat = q + ss;
                p = yt - ss;
            } else {
                yhat = q;
                p = yt;
            }
            if (Math.abs(yhat) < 1e-10) {
                return Double.NaN;
            }
            double e;
            if (multError) {
                e = (yt - yhat) / yhat;
                // one log per many steps: multiply, and fold into the sum before the product leaves the safe range
                prod *= Math.abs(yhat);
                if (prod > 1e150 || prod < 1e-150) {
                    slog += Math.log(prod);
                    prod = 1;
                }
            } else {
                e = yt - yhat;
            }
            sse += e * e;
            double ln = q + alpha * (p - q);
            if (trend) {
                b = pb + ba * ((ln - l) - pb);
            }
            if (seasonal) {
                double tt = addS ? yt - q : yt / q;
                s[idx] = ss + gamma * (tt - ss);
                ph = ph + 1 == sm ? 0 : ph + 1;
            }
            l = ln;
        }
        work[0] = l;
        work[1] = b;
        if (!spec.seasonal()) {
            for (int j = 0; j < m; j++) {
                work[2 + j] = spec.season == 'M' ? 1 : 0;
            }
        }
        if (!wantLik) {
            return sse;
        }
        return y.length * Math.log(sse) + 2 * (slog + Math.log(prod));
    }

    /** R's check.param with bounds = "both": usual bounds and admissibility. */
    static boolean admissible(Spec spec, int m, double alpha, double beta, double gamma, double phi) {
        return admissible(spec, m, alpha, beta, gamma, phi, new double[m + 2], new double[m + 2]);
    }

    /** As above, with two scratch arrays of at least m + 2 values. */
    static boolean admissible(Spec spec, int m, double alpha, double beta, double gamma, double phi, double[] p, double[] scratch) {
        if (alpha < LOWER[0] || alpha > UPPER[0]) {
            return false;
        }
        if (spec.trend && (beta < LOWER[1] || beta > UPPER[1] || beta > alpha)) {
            return false;
        }
        if (spec.seasonal() && (gamma < LOWER[2] || gamma > UPPER[2] || gamma > 1 - alpha)) {
            return false;
        }
        if (spec.damped && (phi < LOWER[3] || phi > UPPER[3])) {
            return false;
        }
        double ph = spec.damped ? phi : 1;
        double bt = spec.trend ? beta : 0;
        if (!spec.seasonal()) {
            if (alpha < 1 - 1 / ph || alpha > 1 + 1 / ph) {
                return false;
            }
            return !spec.trend || (bt >= alpha * (ph - 1) && bt <= (1 + ph) * (2 - alpha));
        }
        if (gamma < Math.max(1 - 1 / ph - alpha, 0) || gamma > 1 + 1 / ph - alpha) {
            return false;
        }
        if (alpha < 1 - 1 / ph - gamma * (1 - m + ph + ph * m) / (2 * ph * m)) {
            return false;
        }
        if (bt < -(1 - ph) * (gamma / m + alpha)) {
            return false;
        }
        // characteristic polynomial, coefficients in increasing powers, degree m + 1
        p[0] = ph * (1 - alpha - gamma);
        p[1] = alpha + bt - alpha * ph + gamma - 1;
        for (int i = 2; i < m; i++) {
            p[i] = alpha + bt - alpha * ph;
        }
        p[m] = alpha + bt - ph;
        p[m + 1] = 1;
        return rootsInUnitCircleInPlace(p, m + 1, scratch);
    }

    /** Schur-Cohn test: every root of the polynomial (increasing powers) has modulus at most 1 (+1e-10). */
    static boolean rootsInUnitCircle(double[] coef) {
        double[] a = coef.clone();
        return rootsInUnitCircleInPlace(a, a.length - 1, new double[a.length]);
    }

    /** As {@link #rootsInUnitCircle}, working in (and destroying) a[0..n]. */
    static boolean rootsInUnitCircleInPlace(double[] a, int degree, double[] scratch) {
        double[] x = a;
        double[] y = scratch;
        int n = degree;
        double tol = 1e-10;
        while (n > 0) {
            double a0 = x[0];
            double an = x[n];
            if (Math.abs(a0) >= Math.abs(an) * (1 + tol * n)) {
                return false;
            }
            double inv = 1 / Math.abs(an * an - a0 * a0);
            for (int k = 1; k <= n; k++) {
                y[k - 1] = (an * x[k] - a0 * x[n - k]) * inv;
            }
            double[] t = x;
            x = y;
            y = t;
            n--;
        }
        return true;
    }


    /** R's initstate: initial level, slope and seasons (phases m-1 .. 1): seasons from a classical decomposition, level and slope from the start of the seasonally adjusted series. */
    static double[] initialStates(Spec spec, int m, double[] y) {
        int n = y.length;
        double[] ysa = y.clone();
        double[] seasonState = new double[0];
        if (spec.seasonal()) {
            // R's initstate decomposes the whole series once it has three cycles (R fits a trend plus one
            // Fourier pair to shorter ones; here they are decomposed as far as they go)
            double[] fig = Seasonality.classicalFigure(y, m, spec.season == 'M');
            seasonState = new double[m - 1];
            for (int j = 1; j < m; j++) {
                seasonState[m - 1 - j] = fig[j];
            }
            if (spec.season == 'M') {
                double sum = 0;
                for (int i = 0; i < m - 1; i++) {
                    seasonState[i] = Math.max(seasonState[i], 1e-2);
                    sum += seasonState[i];
                }
                if (sum > m) {
                    for (int i = 0; i < m - 1; i++) {
                        seasonState[i] /= sum + 1e-2;
                    }
                }
                for (int t = 0; t < n; t++) {
                    ysa[t] = y[t] / Math.max(fig[t % m], 1e-2);
                }
            } else {
                for (int t = 0; t < n; t++) {
                    ysa[t] = y[t] - fig[t % m];
                }
            }
        }
        int maxn = Math.min(Math.max(10, 2 * m), n);
        double l0;
        double b0 = 0;
        if (!spec.trend) {
            double s = 0;
            for (int i = 0; i < maxn; i++) {
                s += ysa[i];
            }
            l0 = s / maxn;
        } else {
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            for (int i = 0; i < maxn; i++) {
                double x = i + 1;
                sx += x;
                sy += ysa[i];
                sxx += x * x;
                sxy += x * ysa[i];
            }
            b0 = (maxn * sxy - sx * sy) / (maxn * sxx - sx * sx);
            l0 = (sy - b0 * sx) / maxn;
            if (Math.abs(l0 + b0) < 1e-8) {
                l0 *= 1 + 1e-3;
                b0 *= 1 - 1e-3;
            }
        }
        double[] out = new double[1 + (spec.trend ? 1 : 0) + seasonState.length];
        int k = 0;
        out[k++] = l0;
        if (spec.trend) {
            out[k++] = b0;
        }
        System.arraycopy(seasonState, 0, out, k, seasonState.length);
        return out;
    }

    /** R's initparam: starting smoothing parameters. */
    static double[] initialParameters(Spec spec, int m) {
        double alpha = LOWER[0] + 0.2 * (UPPER[0] - LOWER[0]) / m;
        if (alpha > 1 || alpha < 0) {
            alpha = LOWER[0] + 2e-3;
        }
        List<Double> p = new ArrayList<>();
        p.add(alpha);
        if (spec.trend) {
            double up = Math.min(UPPER[1], alpha);
            double beta = LOWER[1] + 0.1 * (up - LOWER[1]);
            if (beta < 0 || beta > alpha) {
                beta = alpha - 1e-3;
            }
            p.add(beta);
        }
        if (spec.seasonal()) {
            double up = Math.min(UPPER[2], 1 - alpha);
            double gamma = LOWER[2] + 0.05 * (up - LOWER[2]);
            if (gamma < 0 || gamma > 1 - alpha) {
                gamma = 1 - alpha - 1e-3;
            }
            p.add(gamma);
        }
        if (spec.damped) {
            double phi = LOWER[3] + 0.99 * (UPPER[3] - LOWER[3]);
            p.add(phi);
        }
        return p.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * Fits one form by maximum likelihood from R's starting values with one Nelder-Mead run, as R's ets does;
     * null when it cannot (e.g. the likelihood is not finite anywhere near the start). A restart from the
     * optimum finds better likelihoods on many seasonal forms but forecasts worse on M3 (sMAPE 14.24 instead
     * of R's 14.14 on the monthly series), so there is none.
     */
    static Fit fit(Spec spec, int m, double[] y, int maxit) {
        int sm = spec.seasonal() ? m : 1;
        double[] sp = initialParameters(spec, sm);
        double[] st = initialStates(spec, sm, y);
        double[] par = new double[sp.length + st.length];
        System.arraycopy(sp, 0, par, 0, sp.length);
        System.arraycopy(st, 0, par, sp.length, st.length);
        NelderMead.Objective obj = objective(spec, sm, y);
        NelderMead.Result r = NelderMead.minimise(obj, par, 1.490116e-08, maxit);
        if (!Double.isFinite(r.value()) || r.value() >= 1e30) {
            return null;
        }
        Fit f = new Fit(spec, sm, r.x(), y, r.value());
        return Double.isFinite(f.sigma2) ? f : null;
    }

    private static NelderMead.Objective objective(Spec spec, int sm, double[] y) {
        double[] work = new double[2 + Math.max(sm, 1)];
        double[] poly = new double[sm + 2];
        double[] scratch = new double[sm + 2];
        return x -> {
            int k = 0;
            double a = x[k++];
            double b = spec.trend ? x[k++] : 0;
            double g = spec.seasonal() ? x[k++] : 0;
            double ph = spec.damped ? x[k++] : 1;
            if (!admissible(spec, sm, a, b, g, ph, poly, scratch)) {
                return Double.POSITIVE_INFINITY;
            }
            double v = lik(spec, sm, x, y, work);
            if (Double.isNaN(v)) {
                return Double.POSITIVE_INFINITY;
            }
            return Math.max(v, -1e10);
        };
    }
}
