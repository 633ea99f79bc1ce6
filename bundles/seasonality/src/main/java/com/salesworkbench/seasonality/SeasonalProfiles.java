package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.TimeSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Seasonal profiles for series whose own history may be too short: estimated when the series has two full
 * cycles, otherwise a profile typed by the user or the pooled profile of its product family, with a note
 * that says which.
 */
public final class SeasonalProfiles {

    /** The profile, and what the user should be told about where it came from. */
    public record Resolved(SeasonalProfile profile, List<Message> notes) {
        public Resolved {
            notes = List.copyOf(notes);
        }
    }

    private SeasonalProfiles() {
    }

    /**
     * The series' own indices, or, when it has fewer than two full cycles, {@code typed} (if not null) or
     * the pooled profile of {@code family} (if not empty).
     *
     * @throws SeasonalityException for a short history with no fallback, naming both remedies
     */
    public static Resolved resolve(TimeSeries series, SeasonalForm form, DecompositionOptions options,
            SeasonalProfile typed, List<TimeSeries> family) {
        try {
            Decomposition d = Decomposer.decompose(series, form, options);
            return new Resolved(d.profile(series.id()), d.notes());
        } catch (SeasonalityException e) {
            if (!e.reason().key().equals("history.short")) {
                throw e;
            }
            Object[] a = e.reason().args();
            if (typed != null) {
                if (typed.frequency() != series.frequency()) {
                    throw new SeasonalityException("profile.frequency", typed.name(), typed.frequency(), series.frequency());
                }
                return new Resolved(typed, List.of(new Message("fallback.typed", a[0], a[2], typed.name())));
            }
            if (family != null && !family.isEmpty()) {
                SeasonalProfile pooled = pooled(series.id() + "-family", family, form, options.average());
                return new Resolved(pooled, List.of(new Message("fallback.family", a[0], a[2], family.size())));
            }
            throw new SeasonalityException("history.shortNoFallback", series.id(), a[0], a[2]);
        }
    }

    /**
     * Pools the seasonal estimates (Y / T or Y - T) of every member with at least two full cycles per cycle
     * position, averages and normalises them. Multiplicative pooling suits members of different size.
     */
    public static SeasonalProfile pooled(String name, List<TimeSeries> family, SeasonalForm form, IndexAverage average) {
        if (family.isEmpty()) {
            throw new SeasonalityException("family.empty", name);
        }
        Frequency f = family.get(0).frequency();
        int m = Cycles.length(f);
        List<Double> estimates = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        int used = 0;
        for (TimeSeries member : family) {
            if (member.frequency() != f) {
                throw new SeasonalityException("family.frequency", member.id(), member.frequency().name().toLowerCase(Locale.ROOT),
                        f.name().toLowerCase(Locale.ROOT));
            }
            TimeSeries s;
            try {
                s = Decomposer.prepare(member, DecompositionOptions.DEFAULT, new ArrayList<>());
            } catch (SeasonalityException e) {
                if (e.reason().key().equals("history.short") || e.reason().key().equals("history.empty")) {
                    continue;
                }
                throw e;
            }
            if (form == SeasonalForm.MULTIPLICATIVE) {
                Decomposer.requirePositive(s);
            }
            double[] y = s.values();
            double[] trend = MovingAverages.centred(y, m);
            int[] pos = Cycles.positions(s.start(), y.length);
            for (int i = 0; i < y.length; i++) {
                if (!Double.isNaN(trend[i])) {
                    estimates.add(form == SeasonalForm.ADDITIVE ? y[i] - trend[i] : y[i] / trend[i]);
                    positions.add(pos[i]);
                }
            }
            used++;
        }
        if (used == 0) {
            throw new SeasonalityException("family.allShort", name, 2 * m);
        }
        double[] est = estimates.stream().mapToDouble(Double::doubleValue).toArray();
        int[] pos = positions.stream().mapToInt(Integer::intValue).toArray();
        double[] figure = Decomposer.figure(est, pos, m, form, average, new TimeSeries(name, family.get(0).start(), new double[0]));
        return new SeasonalProfile(name, f, form, figure, SeasonalProfile.Source.FAMILY);
    }
}
