package com.salesworkbench.forecast.models.arima.internal;

import java.util.Arrays;
import org.apache.commons.math3.analysis.solvers.LaguerreSolver;
import org.apache.commons.math3.complex.Complex;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * One ARIMA(p,d,q)(P,D,Q)[m] form fitted to a series. The differenced series w = (1-B)^d (1-B^m)^D y follows
 * phi(B) Phi(B^m) (w - mu) = theta(B) Theta(B^m) e. Coefficients are fitted by least squares of the
 * one-step errors (Levenberg-Marquardt, numerical Jacobian) with zero pre-sample deviations and errors, so
 * every form is scored on all of w and the AICc of forms with different lag spans compare alike; the AR
 * parts are kept stationary by R's partial-autocorrelation transform (tanh, then Durbin-Levinson). The
 * likelihood is the Gaussian one of those errors (sigma^2 = SSE / n). Intervals come from the psi-weights of
 * the whole model, differencing included.
 */
final class Arima {

    /** The form: orders, period and whether w has a non-zero mean (a drift when d + D = 1). */
    record Order(int p, int d, int q, int sp, int sd, int sq, int m, boolean constant) {
        int coefficients() {
            return p + q + sp + sq + (constant ? 1 : 0);
        }

        String describe() {
            String s = "ARIMA(" + p + "," + d + "," + q + ")";
            if (m > 1 && (sp + sd + sq) > 0) {
                s += "(" + sp + "," + sd + "," + sq + ")[" + m + "]";
            }
            if (constant) {
                s += d + sd == 0 ? " with non-zero mean" : " with drift";
            }
            return s;
        }
    }

    /** Roots of the AR and MA polynomials must lie this far outside the unit circle (R's auto.arima). */
    static final double MIN_ROOT = 1.01;

    final Order order;
    final double[] ar;
    final double[] sar;
    final double[] ma;
    final double[] sma;
    final double mu;
    final double sigma2;
    final double loglik;
    final double aicc;
    private final double[] y;
    private final double[] w;
    private final double[] e;

    private Arima(Order order, double[] ar, double[] sar, double[] ma, double[] sma, double mu, double[] y,
                  double[] w, double[] e) {
        this.order = order;
        this.ar = ar;
        this.sar = sar;
        this.ma = ma;
        this.sma = sma;
        this.mu = mu;
        this.y = y;
        this.w = w;
        this.e = e;
        double sse = 0;
        for (double v : e) {
            sse += v * v;
        }
        int n = w.length;
        this.sigma2 = sse / n;
        this.loglik = -0.5 * n * (Math.log(2 * Math.PI * sigma2) + 1);
        int k = order.coefficients() + 1;
        this.aicc = n - k - 1 > 0 ? -2 * loglik + 2 * k + 2.0 * k * (k + 1) / (n - k - 1) : Double.POSITIVE_INFINITY;
    }

    /** (1-B)^d (1-B^m)^D y. */
    static double[] difference(double[] y, int d, int sd, int m) {
        double[] x = y;
        for (int i = 0; i < sd; i++) {
            x = lagDiff(x, m);
        }
        for (int i = 0; i < d; i++) {
            x = lagDiff(x, 1);
        }
        return x;
    }

    static double[] lagDiff(double[] x, int lag) {
        double[] out = new double[Math.max(0, x.length - lag)];
        for (int t = 0; t < out.length; t++) {
            out[t] = x[t + lag] - x[t];
        }
        return out;
    }

    /**
     * A form whose differenced series is constant: no error at all (a line, a repeated pattern).
     */
    static Arima exact(Order order, double[] y) {
        double[] w = difference(y, order.d(), order.sd(), order.m());
        double mu = order.constant() ? w[0] : 0;
        return new Arima(order, new double[0], new double[0], new double[0], new double[0], mu, y, w, new double[w.length]);
    }

    /** Fits the form to y, or returns null when it cannot (too few values, no convergence, roots too near 1). */
    static Arima fit(Order o, double[] y) {
        double[] w = difference(y, o.d(), o.sd(), o.m());
        int n = w.length;
        int k = o.coefficients();
        if (n - k - 2 <= 0) {
            return null;
        }
        double mean = 0;
        for (double v : w) {
            mean += v / n;
        }
        double var = 0;
        for (double v : w) {
            var += (v - mean) * (v - mean) / n;
        }
        double scale = var > 0 ? Math.sqrt(var) : Math.max(1, Math.abs(mean));
        final double wMean = mean;
        final double wScale = scale;
        Unpacked start = unpack(o, new double[k], wMean, wScale);
        double[] e = new double[n];
        if (k == 0) {
            residuals(w, start, o.m(), e);
            return new Arima(o, start.ar, start.sar, start.ma, start.sma, 0, y, w, e);
        }
        MultivariateJacobianFunction model = point -> {
            double[] x = point.toArray();
            double[] r = new double[n];
            residuals(w, unpack(o, x, wMean, wScale), o.m(), r);
            double[][] jac = new double[n][k];
            double[] rh = new double[n];
            for (int j = 0; j < k; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(x[j]));
                double keep = x[j];
                x[j] = keep + h;
                residuals(w, unpack(o, x, wMean, wScale), o.m(), rh);
                x[j] = keep;
                for (int t = 0; t < n; t++) {
                    jac[t][j] = (rh[t] - r[t]) / h;
                }
            }
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(jac, false));
        };
        double[] best;
        try {
            LeastSquaresOptimizer.Optimum opt = new LevenbergMarquardtOptimizer()
                    .withCostRelativeTolerance(1e-8).withParameterRelativeTolerance(1e-8)
                    .optimize(new LeastSquaresBuilder().start(new double[k]).model(model)
                            .target(new double[n]).maxEvaluations(400).maxIterations(200).build());
            best = opt.getPoint().toArray();
        } catch (RuntimeException tooManyOrSingular) {
            return null;
        }
        Unpacked u = unpack(o, best, wMean, wScale);
        if (!residuals(w, u, o.m(), e)) {
            return null;
        }
        if (minRoot(ar(u.ar), 1) < MIN_ROOT || minRoot(ar(u.sar), o.m()) < MIN_ROOT
                || minRoot(ma(u.ma), 1) < MIN_ROOT || minRoot(ma(u.sma), o.m()) < MIN_ROOT) {
            return null;
        }
        return new Arima(o, u.ar, u.sar, u.ma, u.sma, u.mu, y, w, e);
    }

    private record Unpacked(double[] ar, double[] sar, double[] ma, double[] sma, double mu) {
    }

    /** Parameter vector (AR and seasonal AR as transformed partial autocorrelations, MA, mean scaled) to coefficients. */
    private static Unpacked unpack(Order o, double[] x, double wMean, double wScale) {
        int i = 0;
        double[] ar = pacfToAr(Arrays.copyOfRange(x, i, i += o.p()));
        double[] sar = pacfToAr(Arrays.copyOfRange(x, i, i += o.sp()));
        double[] ma = Arrays.copyOfRange(x, i, i += o.q());
        double[] sma = Arrays.copyOfRange(x, i, i += o.sq());
        double mu = o.constant() ? wMean + wScale * x[i] : 0;
        return new Unpacked(ar, sar, ma, sma, mu);
    }

    /** R's partrans: tanh maps to partial autocorrelations in (-1, 1), Durbin-Levinson to a stationary AR. */
    static double[] pacfToAr(double[] raw) {
        int p = raw.length;
        double[] out = new double[p];
        double[] work = new double[p];
        for (int j = 0; j < p; j++) {
            out[j] = work[j] = Math.tanh(raw[j]);
        }
        for (int j = 1; j < p; j++) {
            double a = out[j];
            for (int k = 0; k < j; k++) {
                work[k] -= a * out[j - k - 1];
            }
            System.arraycopy(work, 0, out, 0, j);
        }
        return out;
    }

    /** 1 - a_1 z - ... as ascending coefficients. */
    static double[] ar(double[] a) {
        double[] c = new double[a.length + 1];
        c[0] = 1;
        for (int i = 0; i < a.length; i++) {
            c[i + 1] = -a[i];
        }
        return c;
    }

    /** 1 + b_1 z + ... as ascending coefficients. */
    static double[] ma(double[] b) {
        double[] c = new double[b.length + 1];
        c[0] = 1;
        System.arraycopy(b, 0, c, 1, b.length);
        return c;
    }

    /** The polynomial c(z) with z replaced by z^m. */
    static double[] spread(double[] c, int m) {
        double[] out = new double[(c.length - 1) * m + 1];
        for (int i = 0; i < c.length; i++) {
            out[i * m] = c[i];
        }
        return out;
    }

    static double[] multiply(double[] a, double[] b) {
        double[] out = new double[a.length + b.length - 1];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                out[i + j] += a[i] * b[j];
            }
        }
        return out;
    }

    /**
     * The smallest root modulus in z of c(z^m) (c ascending, c[0] = 1); infinity for a constant polynomial.
     */
    static double minRoot(double[] c, int m) {
        int deg = c.length - 1;
        while (deg > 0 && Math.abs(c[deg]) < 1e-12) {
            deg--;
        }
        if (deg == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double min;
        if (deg == 1) {
            min = Math.abs(c[0] / c[1]);
        } else {
            min = Double.POSITIVE_INFINITY;
            for (Complex r : new LaguerreSolver(1e-10).solveAllComplex(Arrays.copyOf(c, deg + 1), 0)) {
                min = Math.min(min, r.abs());
            }
        }
        return Math.pow(min, 1.0 / m);
    }

    /** One-step errors of the model on w from a zero start; false when they blow up. */
    private static boolean residuals(double[] w, Unpacked u, int m, double[] e) {
        double[] phi = multiply(ar(u.ar), spread(ar(u.sar), m));
        double[] theta = multiply(ma(u.ma), spread(ma(u.sma), m));
        int[] pl = nonZeroLags(phi);
        int[] ql = nonZeroLags(theta);
        int n = w.length;
        double mu = u.mu;
        boolean ok = true;
        for (int t = 0; t < n; t++) {
            double v = w[t] - mu;
            for (int i : pl) {
                if (i > t) {
                    break;
                }
                v += phi[i] * (w[t - i] - mu);
            }
            for (int j : ql) {
                if (j > t) {
                    break;
                }
                v -= theta[j] * e[t - j];
            }
            if (!(Math.abs(v) < 1e150)) {
                ok = false;
                v = 1e150;
            }
            e[t] = v;
        }
        return ok;
    }

    private static int[] nonZeroLags(double[] c) {
        return java.util.stream.IntStream.range(1, c.length).filter(i -> c[i] != 0).toArray();
    }

    /** Point forecasts of y for steps 1..h. */
    double[] forecast(int h) {
        int nw = w.length;
        double[] phi = multiply(ar(ar), spread(ar(sar), order.m()));
        double[] theta = multiply(ma(ma), spread(ma(sma), order.m()));
        double[] wx = Arrays.copyOf(w, nw + h);
        double[] ex = Arrays.copyOf(e, nw + h);
        for (int t = nw; t < nw + h; t++) {
            double v = mu;
            for (int i = 1; i < phi.length; i++) {
                if (t - i >= 0) {
                    v -= phi[i] * (wx[t - i] - mu);
                }
            }
            for (int j = 1; j < theta.length; j++) {
                if (t - j >= 0) {
                    v += theta[j] * ex[t - j];
                }
            }
            wx[t] = v;
        }
        double[] delta = delta();
        int n = y.length;
        double[] yx = Arrays.copyOf(y, n + h);
        for (int s = 0; s < h; s++) {
            int t = n + s;
            double v = wx[nw + s];
            for (int i = 1; i < delta.length; i++) {
                v -= delta[i] * yx[t - i];
            }
            yx[t] = v;
        }
        return Arrays.copyOfRange(yx, n, n + h);
    }

    /** (1-B)^d (1-B^m)^D as ascending coefficients. */
    private double[] delta() {
        double[] delta = {1};
        for (int i = 0; i < order.d(); i++) {
            delta = multiply(delta, new double[] {1, -1});
        }
        for (int i = 0; i < order.sd(); i++) {
            delta = multiply(delta, spread(new double[] {1, -1}, order.m()));
        }
        return delta;
    }

    /** Forecast standard deviations for steps 1..h: sigma * sqrt(sum of squared psi-weights). */
    double[] sd(int h) {
        double[] phi = multiply(multiply(ar(ar), spread(ar(sar), order.m())), delta());
        double[] theta = multiply(ma(ma), spread(ma(sma), order.m()));
        double[] psi = new double[h];
        double[] sd = new double[h];
        double sum = 0;
        for (int j = 0; j < h; j++) {
            double v = j == 0 ? 1 : (j < theta.length ? theta[j] : 0);
            for (int i = 1; i <= Math.min(j, phi.length - 1); i++) {
                v -= phi[i] * psi[j - i];
            }
            psi[j] = v;
            sum += v * v;
            sd[j] = Math.sqrt(sigma2 * sum);
        }
        return sd;
    }

    int observations() {
        return w.length;
    }
}
