package com.salesworkbench.forecast.models.intermittent.internal;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.Forecasts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Intermittent demand (many zero periods): Croston (1972) smooths the non-zero demand sizes and the
 * intervals between them separately and forecasts size / interval; SBA (Syntetos-Boylan approximation)
 * multiplies that by 1 - alpha / 2 to remove Croston's bias; TSB (Teunter, Syntetos, Babai 2011) smooths the
 * probability of a demand every period, so obsolescence shows. Smoothing weights are 0.1, as usual.
 * The forecast is a flat rate per period; intervals are normal with the one-step residual spread.
 */
public abstract class Intermittent implements ForecastModel {

    enum Kind { CROSTON, SBA, TSB }

    static final double ALPHA = 0.1;
    static final double BETA = 0.1;

    private final String id;
    private final Kind kind;

    protected Intermittent(String id, Kind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(Intermittent.class, locale).get("title." + id);
    }

    @Override
    public int minimumLength(TimeSeries history) {
        return 2;
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        double[] y = history.values();
        int first = -1;
        for (int t = 0; t < y.length; t++) {
            if (!Double.isFinite(y[t])) {
                throw new IllegalArgumentException("the history has missing or non-finite values");
            }
            if (y[t] < 0) {
                throw new IllegalArgumentException(id + " needs demand of zero or more; period " + history.periodAt(t) + " is " + y[t]);
            }
            if (first < 0 && y[t] > 0) {
                first = t;
            }
        }
        if (first < 0) {
            throw new IllegalArgumentException(id + " needs at least one non-zero demand");
        }
        double z = y[first];
        double p = first + 1;
        double prob = 1.0 / (first + 1);
        int since = 0;
        double ss = 0;
        int k = 0;
        for (int t = first + 1; t < y.length; t++) {
            double f = rate(z, p, prob);
            ss += (y[t] - f) * (y[t] - f);
            k++;
            since++;
            if (kind == Kind.TSB) {
                prob += BETA * ((y[t] > 0 ? 1 : 0) - prob);
                if (y[t] > 0) {
                    z += ALPHA * (y[t] - z);
                }
            } else if (y[t] > 0) {
                z += ALPHA * (y[t] - z);
                p += ALPHA * (since - p);
                since = 0;
            }
        }
        double rate = rate(z, p, prob);
        double sd = k > 0 ? Math.sqrt(ss / k) : 0;
        double size = z;
        double interval = p;
        double probability = prob;
        return new FittedModel() {
            @Override
            public String description() {
                return id;
            }

            @Override
            public Map<String, Double> parameters() {
                Map<String, Double> m = new LinkedHashMap<>();
                m.put("alpha", ALPHA);
                m.put("size", size);
                if (kind == Kind.TSB) {
                    m.put("beta", BETA);
                    m.put("probability", probability);
                } else {
                    m.put("interval", interval);
                }
                return m;
            }

            @Override
            public Forecast forecast(int h, double... levels) {
                double[] mean = new double[h];
                double[] s = new double[h];
                for (int i = 0; i < h; i++) {
                    mean[i] = rate;
                    s[i] = sd;
                }
                return Forecasts.normal(history.end(), mean, s, levels);
            }
        };
    }

    private double rate(double z, double p, double prob) {
        return switch (kind) {
            case CROSTON -> z / p;
            case SBA -> (1 - ALPHA / 2) * z / p;
            case TSB -> prob * z;
        };
    }
}
