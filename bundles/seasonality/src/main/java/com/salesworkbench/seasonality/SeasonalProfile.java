package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.workspace.DocumentType;
import java.util.Arrays;
import java.util.Objects;

/**
 * Seasonal indices by cycle position, with where they came from: what the plan grid and the forecast
 * models take from this module. Saved in a client's workspace as document type {@code seasonal-profile}.
 *
 * @param indices additive: amounts that sum to 0; multiplicative: factors that average 1
 */
public record SeasonalProfile(String name, Frequency frequency, SeasonalForm form, double[] indices, Source source) {

    /** The document type of saved profiles. */
    public static final DocumentType<SeasonalProfile> DOCUMENT_TYPE = DocumentType.of("seasonal-profile", SeasonalProfile.class);

    /** Saved profiles are the documents {@code seasonal-profiles/<name>} of a client's workspace. */
    public static final String FOLDER = "seasonal-profiles/";

    /** Where a profile came from. */
    public enum Source {
        /** Estimated from the series' own history. */
        ESTIMATED,
        /** Typed by the user. */
        TYPED,
        /** Pooled from the series of a product family. */
        FAMILY
    }

    public SeasonalProfile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(source, "source");
        indices = indices.clone();
        int m = Cycles.length(frequency);
        if (indices.length != m) {
            throw new SeasonalityException("profile.length", name, indices.length, m);
        }
        for (int i = 0; i < m; i++) {
            if (!Double.isFinite(indices[i]) || (form == SeasonalForm.MULTIPLICATIVE && indices[i] <= 0)) {
                throw new SeasonalityException("profile.value", name, Cycles.label(frequency, i), indices[i]);
            }
        }
    }

    /**
     * A profile typed by the user, e.g. relative weights of the twelve months; multiplicative weights are
     * normalised to average 1, additive ones to sum to 0.
     */
    public static SeasonalProfile typed(String name, Frequency frequency, SeasonalForm form, double[] weights) {
        double[] w = weights.clone();
        int m = Cycles.length(frequency);
        if (w.length != m) {
            throw new SeasonalityException("profile.length", name, w.length, m);
        }
        double sum = 0;
        for (double v : w) {
            if (!Double.isFinite(v)) {
                throw new SeasonalityException("profile.value", name, "?", v);
            }
            sum += v;
        }
        if (form == SeasonalForm.MULTIPLICATIVE) {
            if (sum <= 0) {
                throw new SeasonalityException("profile.zero", name);
            }
            for (int i = 0; i < m; i++) {
                w[i] = w[i] * m / sum;
            }
        } else {
            for (int i = 0; i < m; i++) {
                w[i] -= sum / m;
            }
        }
        return new SeasonalProfile(name, frequency, form, w, Source.TYPED);
    }

    @Override
    public double[] indices() {
        return indices.clone();
    }

    public double indexOf(PlanPeriod period) {
        return indices[Cycles.position(period)];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeasonalProfile p && name.equals(p.name) && frequency == p.frequency && form == p.form
                && Arrays.equals(indices, p.indices) && source == p.source;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, frequency, form, Arrays.hashCode(indices), source);
    }
}
