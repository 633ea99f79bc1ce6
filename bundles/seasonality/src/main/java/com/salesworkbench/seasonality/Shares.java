package com.salesworkbench.seasonality;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares of a whole (the seed's month shares, and the same method for product groups, departments or
 * customers): named parts whose shares add up to 1.
 *
 * @param labels the parts: cycle positions ({@code 01} .. {@code 12}) or group names
 * @param shares each part's share, in the order of the labels; they sum to 1
 * @param years  for shares of a cycle, the calendar years they were taken from
 */
public record Shares(List<String> labels, double[] shares, List<Integer> years) {

    public Shares {
        labels = List.copyOf(labels);
        shares = shares.clone();
        years = List.copyOf(years);
        if (labels.size() != shares.length) {
            throw new IllegalArgumentException("labels and shares differ in length");
        }
    }

    @Override
    public double[] shares() {
        return shares.clone();
    }

    public double share(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new SeasonalityException("shares.unknownLabel", label, String.join(", ", labels));
        }
        return shares[i];
    }

    /**
     * Month (quarter, week) shares from the last {@code years} complete calendar years of a series: each
     * position's total over those years divided by the grand total (seed 002). A missing value counts as the
     * mean of the same position in the other years, so one gap does not make its month look small.
     */
    public static Shares ofCycle(TimeSeries series, int years) {
        if (years < 1) {
            throw new SeasonalityException("shares.years", years);
        }
        Frequency f = series.frequency();
        int m = Cycles.length(f);
        // complete calendar years: the first period of the year and the last are both inside the series
        Map<Integer, double[]> byYear = new LinkedHashMap<>();
        Map<Integer, int[]> seen = new LinkedHashMap<>();
        for (int i = 0; i < series.length(); i++) {
            PlanPeriod p = series.periodAt(i);
            int year = f == Frequency.WEEK ? p.start().get(java.time.temporal.IsoFields.WEEK_BASED_YEAR) : p.start().getYear();
            int pos = Cycles.position(p);
            double[] sums = byYear.computeIfAbsent(year, k -> new double[m]);
            int[] count = seen.computeIfAbsent(year, k -> new int[m]);
            double v = series.valueAt(i);
            if (Double.isInfinite(v)) {
                throw new SeasonalityException("value.infinite", p);
            }
            if (v < 0) {
                throw new SeasonalityException("shares.negative", p, v);
            }
            if (count[pos]++ == 0) {
                sums[pos] = v;
            } else if (!Double.isNaN(v)) {
                sums[pos] = Double.isNaN(sums[pos]) ? v : sums[pos] + v; // ISO week 53 joins week 52
            }
        }
        List<Integer> complete = new ArrayList<>();
        for (Map.Entry<Integer, int[]> e : seen.entrySet()) {
            if (Arrays.stream(e.getValue()).allMatch(c -> c > 0)) {
                complete.add(e.getKey());
            }
        }
        if (complete.isEmpty()) {
            throw new SeasonalityException("shares.noFullYear", series.id(), m);
        }
        List<Integer> used = complete.subList(Math.max(0, complete.size() - years), complete.size());
        double[] total = new double[m];
        for (int p = 0; p < m; p++) {
            double sum = 0;
            int k = 0;
            for (int year : used) {
                double v = byYear.get(year)[p];
                if (!Double.isNaN(v)) {
                    sum += v;
                    k++;
                }
            }
            if (k == 0) {
                throw new SeasonalityException("shares.noValue", Cycles.label(f, p), used.toString());
            }
            total[p] = sum / k * used.size();
        }
        List<String> labels = new ArrayList<>();
        for (int p = 0; p < m; p++) {
            labels.add(Cycles.label(f, p));
        }
        return normalised(labels, total, used);
    }

    /** Shares of named parts from their totals (e.g. sales of each product group in the same month). */
    public static Shares ofTotals(Map<String, Double> totals) {
        List<String> labels = new ArrayList<>(totals.keySet());
        double[] v = new double[labels.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = totals.get(labels.get(i));
            if (!Double.isFinite(v[i]) || v[i] < 0) {
                throw new SeasonalityException("shares.negative", labels.get(i), v[i]);
            }
        }
        return normalised(labels, v, List.of());
    }

    /**
     * Manual adjustment: sets one part's share and rescales the others in proportion so the shares still
     * add up to 1.
     */
    public Shares adjust(String label, double share) {
        if (!(share >= 0 && share <= 1)) {
            throw new SeasonalityException("shares.adjustRange", label, share);
        }
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new SeasonalityException("shares.unknownLabel", label, String.join(", ", labels));
        }
        double rest = 1 - shares[i];
        double[] out = new double[shares.length];
        for (int j = 0; j < out.length; j++) {
            if (j == i) {
                out[j] = share;
            } else if (rest > 0) {
                out[j] = shares[j] / rest * (1 - share);
            } else {
                out[j] = (1 - share) / (out.length - 1);
            }
        }
        return new Shares(labels, out, years);
    }

    /** The plan of each part: the total x share, rounded to the currency's minor unit, adding up exactly. */
    public Phasing.Result plan(Money total) {
        return Phasing.phase(total, labels, shares, Map.of(), Map.of());
    }

    private static Shares normalised(List<String> labels, double[] v, List<Integer> years) {
        double grand = 0;
        for (double x : v) {
            grand += x;
        }
        if (!(grand > 0)) {
            throw new SeasonalityException("shares.zero");
        }
        double[] s = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = v[i] / grand;
        }
        return new Shares(labels, s, years);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shares s && labels.equals(s.labels) && Arrays.equals(shares, s.shares) && years.equals(s.years);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.hashCode(shares);
    }
}
