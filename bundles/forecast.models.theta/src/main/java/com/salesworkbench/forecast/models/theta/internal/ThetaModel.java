package com.salesworkbench.forecast.models.theta.internal;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.Forecasts;
import com.salesworkbench.forecast.NelderMead;
import com.salesworkbench.forecast.Seasonality;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Theta methods on the seasonally adjusted series (classical multiplicative decomposition when the 90% ACF
 * test at lag m finds seasonality, as in M3):
 * <ul>
 * <li>{@code theta}: the classic method of Assimakopoulos and Nikolopoulos (2000) as R's thetaf: SES with
 * drift equal to half the slope of the linear trend;</li>
 * <li>{@code stm}, {@code otm}, {@code dstm}, {@code dotm}: the optimised Theta family of Fiorucci et al.
 * (2016): standard (theta = 2) or optimised theta, static or dynamic trend coefficients, with the level,
 * alpha (in [0.1, 0.99], the bounds of the authors' forecTheta package) and theta (at least 1) fitted by
 * minimising the in-sample one-step squared error.</li>
 * </ul>
 */
public abstract class ThetaModel implements ForecastModel {

    enum Kind { CLASSIC, STM, OTM, DSTM, DOTM }

    private final String id;
    private final Kind kind;

    protected ThetaModel(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(ThetaModel.class, locale).get("title." + id);
    }

    @Override
    public int minimumLength(TimeSeries history) {
        return 4;
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        double[] y = history.values();
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the history has missing or non-finite values");
            }
        }
        int n = y.length;
        if (n < 4) {
            throw new IllegalArgumentException(id + " needs at least 4 values, the series has " + n);
        }
        int m = history.frequency().periodsPerCycle();
        double[] idx = Seasonality.indicesIfSeasonal(y, m);
        double[] x = y.clone();
        if (idx != null) {
            for (int t = 0; t < n; t++) {
                x[t] = y[t] / idx[t % m];
            }
        }
        Map<String, Double> params = new LinkedHashMap<>();
        double[] point;
        double alpha;
        double sigma;
        if (kind == Kind.CLASSIC) {
            double[] ses = fitSes(x);
            alpha = Math.max(1e-10, ses[0]);
            double level = ses[1];
            sigma = ses[2];
            double slope = slope(x) / 2;
            params.put("alpha", alpha);
            params.put("drift", slope);
            point = new double[0];
            double c = (1 - Math.pow(1 - alpha, n)) / alpha;
            final double lv = level;
            point = new double[1];
            point[0] = lv;
            return fitted(history, idx, m, params, alpha, sigma, h -> {
                double[] f = new double[h];
                for (int i = 0; i < h; i++) {
                    f[i] = lv + slope * (i + c);
                }
                return f;
            }, idx == null ? "theta" : "theta (seasonally adjusted)");
        }
        boolean dynamic = kind == Kind.DSTM || kind == Kind.DOTM;
        boolean optTheta = kind == Kind.OTM || kind == Kind.DOTM;
        double[] start = optTheta ? new double[] {x[0] / 2, 0.5, 2.0} : new double[] {x[0] / 2, 0.5};
        NelderMead.Result r = NelderMead.minimise(p -> {
            double a = p[1];
            double th = optTheta ? p[2] : 2.0;
            if (a < 0.1 || a > 0.99 || th < 1 || th > 1e10) {
                return Double.POSITIVE_INFINITY;
            }
            return run(x, p[0], a, th, dynamic, null);
        }, start, 1e-8, 1000);
        double l0 = r.x()[0];
        alpha = r.x()[1];
        double theta = optTheta ? r.x()[2] : 2.0;
        double[] state = new double[3];
        double mse = run(x, l0, alpha, theta, dynamic, state);
        sigma = Math.sqrt(mse);
        params.put("alpha", alpha);
        params.put("theta", theta);
        params.put("l0", l0);
        double ln = state[0];
        double an = state[1];
        double bn = state[2];
        double a = alpha;
        double th = theta;
        return fitted(history, idx, m, params, alpha, sigma, h -> {
            double[] f = new double[h];
            double decay = Math.pow(1 - a, n);
            for (int i = 0; i < h; i++) {
                f[i] = ln + (1 - 1 / th) * (decay * an + (i + (1 - Math.pow(1 - a, n + 1)) / a) * bn);
            }
            return f;
        }, id + (idx == null ? "" : " (seasonally adjusted)"));
    }

    /** One-step MSE of the Theta model; state, when given, receives (level, A_n, B_n). */
    static double run(double[] y, double l0, double alpha, double theta, boolean dynamic, double[] state) {
        int n = y.length;
        double aS = 0;
        double bS = 0;
        if (!dynamic) {
            double b = slope(y);
            double mean = 0;
            for (double v : y) {
                mean += v / n;
            }
            bS = b;
            aS = mean - b * (n + 1) / 2.0;
        }
        double l = l0;
        double sumY = 0;
        double sumIY = 0;
        double an = 0;
        double bn = 0;
        double sse = 0;
        double pw = 1; // (1-alpha)^(t-1)
        for (int t = 1; t <= n; t++) {
            double a;
            double b;
            if (dynamic) {
                a = an;
                b = bn;
            } else {
                a = aS;
                b = bS;
            }
            double mu;
            if (t == 1 && dynamic) {
                mu = l;
            } else {
                mu = l + (1 - 1 / theta) * (pw * a + ((1 - pw * (1 - alpha)) / alpha) * b);
            }
            double e = y[t - 1] - mu;
            sse += e * e;
            l = alpha * y[t - 1] + (1 - alpha) * l;
            pw *= 1 - alpha;
            sumY += y[t - 1];
            sumIY += t * y[t - 1];
            if (dynamic) {
                double mean = sumY / t;
                if (t == 1) {
                    an = y[0];
                    bn = 0;
                } else {
                    bn = 6.0 / ((double) t * t - 1) * (2.0 / t * sumIY - (t + 1) * mean);
                    an = mean - (t + 1) / 2.0 * bn;
                }
            }
        }
        if (state != null) {
            state[0] = l;
            state[1] = dynamic ? an : aS;
            state[2] = dynamic ? bn : bS;
        }
        return sse / n;
    }

    /** Least-squares slope of y on time. */
    static double slope(double[] y) {
        int n = y.length;
        double mx = (n - 1) / 2.0;
        double my = 0;
        for (double v : y) {
            my += v / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int t = 0; t < n; t++) {
            sxy += (t - mx) * (y[t] - my);
            sxx += (t - mx) * (t - mx);
        }
        return sxx == 0 ? 0 : sxy / sxx;
    }

    /** SES fitted by least squares on alpha and the initial level: {alpha, final level, residual sd}. */
    static double[] fitSes(double[] y) {
        NelderMead.Result r = NelderMead.minimise(p -> {
            if (p[0] < 1e-4 || p[0] > 0.9999) {
                return Double.POSITIVE_INFINITY;
            }
            return sesSse(y, p[0], p[1], null);
        }, new double[] {0.1, y[0]}, 1e-8, 1000);
        double[] last = new double[1];
        double sse = sesSse(y, r.x()[0], r.x()[1], last);
        return new double[] {r.x()[0], last[0], Math.sqrt(sse / Math.max(1, y.length - 2))};
    }

    static double sesSse(double[] y, double alpha, double l0, double[] last) {
        double l = l0;
        double sse = 0;
        for (double v : y) {
            double e = v - l;
            sse += e * e;
            l += alpha * e;
        }
        if (last != null) {
            last[0] = l;
        }
        return sse;
    }

    private interface Path {
        double[] of(int h);
    }

    private static FittedModel fitted(TimeSeries history, double[] idx, int m, Map<String, Double> params, double alpha,
                                      double sigma, Path path, String form) {
        int n = history.length();
        return new FittedModel() {
            @Override
            public String description() {
                return form;
            }

            @Override
            public Map<String, Double> parameters() {
                return params;
            }

            @Override
            public Forecast forecast(int h, double... levels) {
                double[] f = path.of(h);
                double[] sd = new double[h];
                for (int i = 0; i < h; i++) {
                    double s = idx == null ? 1 : idx[(n + i) % m];
                    f[i] *= s;
                    sd[i] = sigma * Math.sqrt(1 + i * alpha * alpha) * s;
                }
                return Forecasts.normal(history.end(), f, sd, levels);
            }
        };
    }
}
