package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.Seasonality;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A model of the ETS family: either one fixed form (SES = ETS(A,N,N), Holt = ETS(A,A,N), damped Holt =
 * ETS(A,Ad,N), Holt-Winters additive = ETS(A,A,A), multiplicative = ETS(M,A,M)) or automatic ETS, which
 * fits every admissible form and keeps the one with the lowest AICc.
 */
public abstract class EtsModel implements ForecastModel {

    /** Evaluations allowed to the optimiser per form, as in R's ets (maxit = 2000). */
    static final int MAXIT = 2000;

    private final String id;
    private final String form;
    private final boolean adjusted;
    private final boolean weighted;

    protected EtsModel(String id, String form) {
        this(id, form, false);
    }

    protected EtsModel(String id, String form, boolean adjusted) {
        this(id, form, adjusted, false);
    }

    /**
     * @param adjusted fit the form to the series divided by its classical multiplicative seasonal indices
     *                 when the 90% ACF test finds seasonality (as M3's DAMPEN), and multiply them back
     * @param weighted for automatic ETS (form null): forecast the Akaike-weighted mean of every fitted form
     *                 (Kolassa 2011) instead of the single form with the lowest AICc
     */
    protected EtsModel(String id, String form, boolean adjusted, boolean weighted) {
        this.id = id;
        this.form = form;
        this.adjusted = adjusted;
        this.weighted = weighted;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(EtsModel.class, locale).get("title." + id);
    }

    @Override
    public int minimumLength(TimeSeries history) {
        int m = history.frequency().periodsPerCycle();
        if (form == null) {
            // the smallest form, ETS(A,N,N), needs more than its 2 estimates + 4 observations (as R's ets)
            return 7;
        }
        Ets.Spec spec = Ets.Spec.parse(form);
        return spec.parameterCount(spec.seasonal() ? m : 1) + 5;
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        double[] y = history.values();
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the history has missing or non-finite values");
            }
        }
        int m = history.frequency().periodsPerCycle();
        double[] idx = adjusted ? Seasonality.indicesIfSeasonal(y, m) : null;
        if (idx != null) {
            for (int t = 0; t < y.length; t++) {
                y[t] /= idx[t % m];
            }
        }
        Ets.Fit fit;
        if (form == null) {
            fit = auto(y, m);
            if (weighted) {
                return new Fitted(LAST.get().fits, akaikeWeights(LAST.get().fits), history, idx, m);
            }
        } else {
            Ets.Spec spec = Ets.Spec.parse(form);
            if (spec.seasonal() && m <= 1) {
                throw new IllegalArgumentException(id + " needs seasonal data (more than one period per year)");
            }
            if ((spec.multError() || spec.season() == 'M') && !positive(y)) {
                throw new IllegalArgumentException(id + " is multiplicative and needs positive values; the series has zero or negative values");
            }
            fit = fixed(spec, m, y);
            if (fit == null) {
                throw new IllegalArgumentException(id + ": the likelihood could not be optimised on this series");
            }
        }
        return new Fitted(List.of(fit), new double[] {1}, history, idx, m);
    }

    /**
     * Akaike weights exp(-dAICc / 2), dAICc the difference to the lowest AICc, normalised to sum 1: the relative
     * likelihood of each form given the data (Burnham and Anderson 2002; for ETS, Kolassa 2011).
     */
    static double[] akaikeWeights(List<Ets.Fit> fits) {
        double min = Double.POSITIVE_INFINITY;
        for (Ets.Fit f : fits) {
            min = Math.min(min, f.aicc());
        }
        double[] w = new double[fits.size()];
        double sum = 0;
        for (int i = 0; i < w.length; i++) {
            w[i] = Math.exp(-0.5 * (fits.get(i).aicc() - min));
            sum += w[i];
        }
        for (int i = 0; i < w.length; i++) {
            w[i] /= sum;
        }
        return w;
    }

    static boolean positive(double[] y) {
        for (double v : y) {
            if (v <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The admissible forms for a series, as R's ets(model = "ZZZ") with restrict = TRUE and no multiplicative trend. */
    static List<Ets.Spec> candidates(double[] y, int m) {
        boolean pos = positive(y);
        boolean seasonalOk = m > 1 && m <= 24 && y.length > m;
        List<Ets.Spec> out = new ArrayList<>();
        for (boolean me : new boolean[] {false, true}) {
            if (me && !pos) {
                continue;
            }
            for (int tr = 0; tr < 3; tr++) {
                for (char s : new char[] {'N', 'A', 'M'}) {
                    if (s != 'N' && !seasonalOk) {
                        continue;
                    }
                    if (s == 'M' && (!me || !pos)) {
                        continue;
                    }
                    Ets.Spec spec = new Ets.Spec(me, tr > 0, tr == 2, s);
                    if (y.length <= spec.parameterCount(s != 'N' ? m : 1) + 4) {
                        continue;
                    }
                    out.add(spec);
                }
            }
        }
        return out;
    }

    /**
     * Automatic ETS: every candidate form fitted as R does (one optimiser run each), the lowest AICc kept.
     */
    static Ets.Fit auto(double[] y, int m) {
        List<Ets.Fit> fits = new ArrayList<>();
        Ets.Fit best = null;
        for (Ets.Spec spec : candidates(y, m)) {
            Ets.Fit f = Ets.fit(spec, m, y, MAXIT);
            if (f != null && Double.isFinite(f.aicc())) {
                fits.add(f);
                if (best == null || f.aicc() < best.aicc()) {
                    best = f;
                }
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("no ETS form could be fitted (" + y.length + " observations)");
        }
        LAST.set(new Recent(y.clone(), m, fits));
        return best;
    }

    /**
     * The forms automatic ETS fitted last on this thread. A fixed form asked for next on the same series (a
     * combination's Holt-Winters member after its ETS member) reuses the fit instead of repeating it; the
     * result is the same as fitting afresh, since fitting is deterministic.
     */
    private record Recent(double[] y, int m, List<Ets.Fit> fits) {
    }

    private static final ThreadLocal<Recent> LAST = new ThreadLocal<>();

    static Ets.Fit fixed(Ets.Spec spec, int m, double[] y) {
        Recent r = LAST.get();
        if (r != null && r.m == m && java.util.Arrays.equals(r.y, y)) {
            for (Ets.Fit f : r.fits) {
                if (f.spec.equals(spec)) {
                    return f;
                }
            }
        }
        return Ets.fit(spec, m, y, MAXIT);
    }

    /** Forms whose weight is below this share are left out of the intervals (their bounds would cost a simulation each). */
    static final double INTERVAL_WEIGHT = 0.01;

    private static final class Fitted implements FittedModel {
        private final List<Ets.Fit> fits;
        private final double[] weights;
        private final Ets.Fit fit;
        private final TimeSeries history;
        private final double[] idx;
        private final int m;

        /** One form (weights {1}) or several with their weights; the heaviest is the one described. */
        Fitted(List<Ets.Fit> fits, double[] weights, TimeSeries history, double[] idx, int m) {
            this.fits = fits;
            this.weights = weights;
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (weights[i] > weights[best]) {
                    best = i;
                }
            }
            this.fit = fits.get(best);
            this.history = history;
            this.idx = idx;
            this.m = m;
        }

        @Override
        public String description() {
            String d = fit.spec.toString();
            if (fits.size() > 1) {
                d += String.format(Locale.ROOT, " (weight %.2f) averaged with %d other forms by Akaike weights",
                        weights[fits.indexOf(fit)], fits.size() - 1);
            }
            return d + (idx == null ? "" : " on the seasonally adjusted series");
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = fit.parameters();
            if (fits.size() > 1) {
                p.put("weight", weights[fits.indexOf(fit)]);
                p.put("forms", (double) fits.size());
            }
            return p;
        }

        /** The weighted mean of the forms' point forecasts and of their interval bounds. */
        private Forecast combined(int horizon, double[] levels) {
            if (fits.size() == 1) {
                return fit.forecast(history.end(), horizon, levels);
            }
            double[] mean = new double[horizon];
            for (int k = 0; k < fits.size(); k++) {
                double[] f = fits.get(k).pointForecast(horizon);
                for (int i = 0; i < horizon; i++) {
                    mean[i] += weights[k] * f[i];
                }
            }
            List<Forecast.Interval> ints = new ArrayList<>();
            if (levels.length > 0) {
                double[][] lo = new double[levels.length][horizon];
                double[][] hi = new double[levels.length][horizon];
                double total = 0;
                for (int k = 0; k < fits.size(); k++) {
                    if (weights[k] >= INTERVAL_WEIGHT) {
                        total += weights[k];
                    }
                }
                for (int k = 0; k < fits.size(); k++) {
                    if (weights[k] < INTERVAL_WEIGHT) {
                        continue;
                    }
                    double w = weights[k] / total;
                    Forecast f = fits.get(k).forecast(history.end(), horizon, levels);
                    for (int l = 0; l < levels.length; l++) {
                        Forecast.Interval in = f.intervals().get(l);
                        for (int i = 0; i < horizon; i++) {
                            lo[l][i] += w * in.lower()[i];
                            hi[l][i] += w * in.upper()[i];
                        }
                    }
                }
                for (int l = 0; l < levels.length; l++) {
                    ints.add(new Forecast.Interval(levels[l], lo[l], hi[l]));
                }
            }
            return new Forecast(history.end(), mean, ints);
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            Forecast f = combined(horizon, levels);
            if (idx == null) {
                return f;
            }
            int n = history.length();
            double[] mean = f.mean();
            double[] s = new double[horizon];
            for (int i = 0; i < horizon; i++) {
                s[i] = idx[(n + i) % m];
                mean[i] *= s[i];
            }
            List<Forecast.Interval> ints = new ArrayList<>();
            for (Forecast.Interval in : f.intervals()) {
                double[] lo = in.lower();
                double[] hi = in.upper();
                for (int i = 0; i < horizon; i++) {
                    lo[i] *= s[i];
                    hi[i] *= s[i];
                }
                ints.add(new Forecast.Interval(in.level(), lo, hi));
            }
            return new Forecast(f.start(), mean, ints);
        }
    }
}
