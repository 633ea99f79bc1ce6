package com.salesworkbench.forecast;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.time.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The mean or median of several models' forecasts, itself a model. Members are looked up by id when a
 * series is fitted; a member that is missing or fails on a series is left out of that series' combination.
 * When the history has no negative values, each member's forecast is clamped at zero before combining.
 */
public final class Combination implements ForecastModel {

    private final String id;
    private final boolean median;
    private final List<String> members;
    private final List<String> yearlyMembers;
    private final Function<String, Optional<ForecastModel>> lookup;

    public Combination(String id, boolean median, List<String> members, Function<String, Optional<ForecastModel>> lookup) {
        this(id, median, members, members, lookup);
    }

    /**
     * @param members       members for seasonal frequencies (more than one period per cycle)
     * @param yearlyMembers members for series with one period per cycle (yearly data)
     */
    public Combination(String id, boolean median, List<String> members, List<String> yearlyMembers,
                       Function<String, Optional<ForecastModel>> lookup) {
        this.id = id;
        this.median = median;
        this.members = List.copyOf(members);
        this.yearlyMembers = List.copyOf(yearlyMembers);
        this.lookup = lookup;
    }

    private List<String> membersFor(TimeSeries history) {
        return history.frequency().periodsPerCycle() > 1 ? members : yearlyMembers;
    }

    @Override
    public String id() {
        return id;
    }

    public List<String> members() {
        return members;
    }

    @Override
    public String title(Locale locale) {
        return (median ? "Median of " : "Mean of ") + String.join(", ", members)
                + (yearlyMembers.equals(members) ? "" : " (yearly data: " + String.join(", ", yearlyMembers) + ")");
    }

    @Override
    public int minimumLength(TimeSeries history) {
        int min = Integer.MAX_VALUE;
        for (String m : membersFor(history)) {
            Optional<ForecastModel> model = lookup.apply(m);
            if (model.isPresent()) {
                min = Math.min(min, model.get().minimumLength(history));
            }
        }
        return min == Integer.MAX_VALUE ? 1 : min;
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        List<FittedModel> fitted = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (String m : membersFor(history)) {
            Optional<ForecastModel> model = lookup.apply(m);
            if (model.isEmpty()) {
                failures.add(m + ": not installed");
                continue;
            }
            try {
                if (history.length() < model.get().minimumLength(history)) {
                    failures.add(m + ": series too short");
                    continue;
                }
                fitted.add(model.get().fit(history));
            } catch (RuntimeException e) {
                failures.add(m + ": " + e.getMessage());
            }
        }
        if (fitted.isEmpty()) {
            throw new IllegalArgumentException("no member of " + id + " could fit: " + String.join("; ", failures));
        }
        boolean nonNegative = java.util.Arrays.stream(history.values()).allMatch(v -> v >= 0);
        return new Fitted(fitted, failures, nonNegative);
    }

    private final class Fitted implements FittedModel {
        private final List<FittedModel> fitted;
        private final List<String> failures;
        private final boolean clamp;

        Fitted(List<FittedModel> fitted, List<String> failures, boolean clamp) {
            this.fitted = fitted;
            this.failures = failures;
            this.clamp = clamp;
        }

        @Override
        public String description() {
            StringBuilder sb = new StringBuilder(median ? "median(" : "mean(");
            for (int i = 0; i < fitted.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(fitted.get(i).description());
            }
            sb.append(')');
            if (!failures.isEmpty()) {
                sb.append(" without ").append(String.join("; ", failures));
            }
            return sb.toString();
        }

        @Override
        public Map<String, Double> parameters() {
            Map<String, Double> p = new LinkedHashMap<>();
            p.put("members", (double) fitted.size());
            return p;
        }

        @Override
        public Forecast forecast(int horizon, double... levels) {
            List<Forecast> fs = new ArrayList<>();
            List<Forecast> withIntervals = new ArrayList<>();
            for (FittedModel f : fitted) {
                try {
                    Forecast fc = f.forecast(horizon, levels);
                    if (clamp) {
                        // a history without negative values: members are combined as the non-negative
                        // forecasts they would give alone
                        fc = Forecasts.clampAtZero(fc);
                    }
                    if (Forecasts.valid(fc, horizon, levels.length)) {
                        fs.add(fc);
                        withIntervals.add(fc);
                    } else if (Forecasts.valid(new Forecast(fc.start(), fc.mean(), List.of()), horizon, 0)) {
                        // finite points, broken intervals: the member still counts for the point forecast
                        fs.add(fc);
                    }
                } catch (RuntimeException e) {
                    // a member that fails to forecast is left out, like one that fails to fit
                }
            }
            if (fs.isEmpty() || (levels.length > 0 && withIntervals.isEmpty())) {
                throw new IllegalStateException("no member of " + id + " gave a valid forecast");
            }
            double[] mean = combine(fs.stream().map(Forecast::mean).toList(), horizon);
            List<Forecast.Interval> ints = new ArrayList<>();
            for (int l = 0; l < levels.length; l++) {
                int li = l;
                double[] lo = combine(withIntervals.stream().map(f -> f.intervals().get(li).lower()).toList(), horizon);
                double[] hi = combine(withIntervals.stream().map(f -> f.intervals().get(li).upper()).toList(), horizon);
                ints.add(new Forecast.Interval(levels[l], lo, hi));
            }
            return new Forecast(fs.get(0).start(), mean, ints);
        }
    }

    private double[] combine(List<double[]> xs, int h) {
        double[] out = new double[h];
        double[] col = new double[xs.size()];
        for (int t = 0; t < h; t++) {
            for (int k = 0; k < xs.size(); k++) {
                col[k] = xs.get(k)[t];
            }
            if (median) {
                Arrays.sort(col);
                int n = col.length;
                out[t] = n % 2 == 1 ? col[n / 2] : 0.5 * (col[n / 2 - 1] + col[n / 2]);
            } else {
                double s = 0;
                for (double v : col) {
                    s += v;
                }
                out[t] = s / col.length;
            }
        }
        return out;
    }
}
