package com.salesworkbench.forecast.models.baseline.internal;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.Forecasts;
import com.salesworkbench.forecast.Seasonality;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The baselines: naive (last value), seasonal naive (same period last cycle), Naive2 (naive on the
 * multiplicatively deseasonalised series when the 90% ACF test finds seasonality, as in M3 / M4), drift
 * (straight line from the first to the last value) and moving average of the last k values.
 * Intervals are normal with the in-sample one-step residual spread, widened as for a random walk.
 */
public abstract class Baseline implements ForecastModel {

    enum Kind { NAIVE, SNAIVE, NAIVE2, DRIFT, MOVING_AVERAGE }

    /** Window of the moving average. */
    static final int WINDOW = 3;

    private final String id;
    private final Kind kind;

    protected Baseline(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(Baseline.class, locale).get("title." + id);
    }

    @Override
    public int minimumLength(TimeSeries history) {
        return switch (kind) {
            case NAIVE, NAIVE2 -> 1;
            case SNAIVE -> Math.max(1, history.frequency().periodsPerCycle());
            case DRIFT -> 2;
            case MOVING_AVERAGE -> WINDOW;
        };
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
        if (n < minimumLength(history)) {
            throw new IllegalArgumentException(id + " needs at least " + minimumLength(history) + " values, the series has " + n);
        }
        int m = history.frequency().periodsPerCycle();
        return new FittedModel() {
            private String form = id;

            @Override
            public String description() {
                return form;
            }

            @Override
            public Map<String, Double> parameters() {
                Map<String, Double> p = new LinkedHashMap<>();
                if (kind == Kind.MOVING_AVERAGE) {
                    p.put("window", (double) WINDOW);
                }
                return p;
            }

            @Override
            public Forecast forecast(int h, double... levels) {
                double[] mean = new double[h];
                double[] sd = new double[h];
                switch (kind) {
                    case NAIVE -> {
                        double s = residualSd(y, 1);
                        for (int i = 0; i < h; i++) {
                            mean[i] = y[n - 1];
                            sd[i] = s * Math.sqrt(i + 1);
                        }
                    }
                    case SNAIVE -> {
                        int lag = Math.min(m, n);
                        double s = residualSd(y, lag);
                        for (int i = 0; i < h; i++) {
                            mean[i] = y[n - lag + i % lag];
                            sd[i] = s * Math.sqrt(i / lag + 1);
                        }
                    }
                    case NAIVE2 -> {
                        double[] idx = Seasonality.indicesIfSeasonal(y, m);
                        form = idx == null ? "naive2 (not seasonal)" : "naive2 (seasonally adjusted)";
                        double[] adj = y.clone();
                        if (idx != null) {
                            for (int t = 0; t < n; t++) {
                                adj[t] = y[t] / idx[t % m];
                            }
                        }
                        double s = residualSd(adj, 1);
                        for (int i = 0; i < h; i++) {
                            double f = idx == null ? 1 : idx[(n + i) % m];
                            mean[i] = adj[n - 1] * f;
                            sd[i] = s * Math.sqrt(i + 1) * f;
                        }
                    }
                    case DRIFT -> {
                        double slope = (y[n - 1] - y[0]) / (n - 1);
                        double ss = 0;
                        for (int t = 1; t < n; t++) {
                            double e = y[t] - y[t - 1] - slope;
                            ss += e * e;
                        }
                        double s = n > 2 ? Math.sqrt(ss / (n - 2)) : 0;
                        for (int i = 0; i < h; i++) {
                            int k = i + 1;
                            mean[i] = y[n - 1] + k * slope;
                            sd[i] = s * Math.sqrt(k * (1.0 + (double) k / (n - 1)));
                        }
                    }
                    case MOVING_AVERAGE -> {
                        double mu = 0;
                        for (int t = n - WINDOW; t < n; t++) {
                            mu += y[t] / WINDOW;
                        }
                        double ss = 0;
                        int k = 0;
                        for (int t = WINDOW; t < n; t++) {
                            double f = 0;
                            for (int j = t - WINDOW; j < t; j++) {
                                f += y[j] / WINDOW;
                            }
                            ss += (y[t] - f) * (y[t] - f);
                            k++;
                        }
                        double s = k > 0 ? Math.sqrt(ss / k) : 0;
                        for (int i = 0; i < h; i++) {
                            mean[i] = mu;
                            sd[i] = s * Math.sqrt(1 + (double) i / WINDOW);
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                return Forecasts.normal(history.end(), mean, sd, levels);
            }
        };
    }

    /** Root mean square of the lag-k differences (the residuals of a naive forecast at lag k); 0 when none. */
    static double residualSd(double[] y, int lag) {
        double ss = 0;
        int k = 0;
        for (int t = lag; t < y.length; t++) {
            double d = y[t] - y[t - lag];
            ss += d * d;
            k++;
        }
        return k == 0 ? 0 : Math.sqrt(ss / k);
    }
}
