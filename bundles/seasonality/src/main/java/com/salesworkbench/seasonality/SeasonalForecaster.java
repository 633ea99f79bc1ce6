package com.salesworkbench.seasonality;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The seed's forecast pipeline: decompose (additive, multiplicative, or whichever fits better), fit the
 * trend curves to the seasonally adjusted history (Y - S or Y / S) at t = 1..n, keep the one with the highest
 * adjusted R^2, and forecast Y(t) = T(t) + S(position of t) or T(t) x S(position of t) with a prediction
 * interval from the residual variance of the trend fit: absolute residuals for the additive form, relative
 * residuals (errors proportional to the level) for the multiplicative form.
 */
public final class SeasonalForecaster {

    /** A fitted pipeline for one series. */
    public record Fit(Decomposition decomposition, FormChoice choice, TrendFitter.Candidates candidates, TrendFit trend,
            List<Message> notes) {

        public Fit {
            notes = List.copyOf(notes);
        }

        /** The trend + seasonal forecast for {@code horizon} periods after the history, with intervals. */
        public Forecast forecast(int horizon, double... levels) {
            if (horizon < 1) {
                throw new SeasonalityException("horizon.invalid", horizon);
            }
            TimeSeries s = decomposition.observed();
            int n = s.length();
            PlanPeriod start = s.end();
            double[] mean = new double[horizon];
            double[][] lower = new double[levels.length][horizon];
            double[][] upper = new double[levels.length][horizon];
            boolean additive = decomposition.form() == SeasonalForm.ADDITIVE;
            for (int h = 0; h < horizon; h++) {
                double t = n + h + 1;
                double season = decomposition.indexOf(start.plus(h));
                double tr = trend.valueAt(t);
                mean[h] = additive ? tr + season : tr * season;
                for (int l = 0; l < levels.length; l++) {
                    double[] b = trend.bounds(t, levels[l], !additive);
                    lower[l][h] = additive ? b[0] + season : b[0] * season;
                    upper[l][h] = additive ? b[1] + season : b[1] * season;
                }
            }
            List<Forecast.Interval> intervals = new ArrayList<>();
            for (int l = 0; l < levels.length; l++) {
                intervals.add(new Forecast.Interval(levels[l], lower[l], upper[l]));
            }
            return new Forecast(start, mean, intervals);
        }
    }

    private SeasonalForecaster() {
    }

    /** Fits with every trend curve; {@code form} null chooses the form by fit. */
    public static Fit fit(TimeSeries series, SeasonalForm form, DecompositionOptions options) {
        return fit(series, form, options, EnumSet.allOf(TrendCurve.class));
    }

    public static Fit fit(TimeSeries series, SeasonalForm form, DecompositionOptions options, Set<TrendCurve> curves) {
        FormChoice choice = null;
        Decomposition d;
        if (form == null) {
            choice = Decomposer.choose(series, options);
            d = choice.decomposition();
        } else {
            d = Decomposer.decompose(series, form, options);
        }
        int n = d.length();
        double[] adjusted = new double[n];
        for (int i = 0; i < n; i++) {
            adjusted[i] = d.adjusted(i);
        }
        TrendFitter.Candidates candidates = TrendFitter.fitAll(adjusted, curves);
        TrendFit best = candidates.best();
        List<Message> notes = new ArrayList<>(d.notes());
        if (choice != null) {
            notes.add(choice.reason());
        }
        notes.add(new Message("note.trend", best.curve().name().toLowerCase(java.util.Locale.ROOT),
                String.format(java.util.Locale.ROOT, "%.4f", best.rSquared()),
                String.format(java.util.Locale.ROOT, "%.4f", best.adjustedRSquared())));
        return new Fit(d, choice, candidates, best, notes);
    }
}
