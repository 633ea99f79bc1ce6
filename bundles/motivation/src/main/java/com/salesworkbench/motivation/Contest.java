package com.salesworkbench.motivation;

import java.math.BigDecimal;

/**
 * A contest: a metric, a comparator ({@code TOP} n, {@code ABOVE} a threshold, {@code AT_LEAST} a threshold), a
 * period, a scope and a reward ({@code money} per winner, or null for a non-money reward described in
 * {@code reward}; {@code material} tells gifts from recognition).
 * <p>Metrics: any activity metric summed over the period ({@code sales}, {@code calls}, {@code contracts}...);
 * {@code attainment} = sales / plan; {@code overfulfilment} = sales - plan in money when every plan is the same,
 * sales / plan - 1 in percent when plans differ; {@code callsGrowth} = calls / calls of the previous period - 1.
 */
public record Contest(String id, String title, String metric, Comparator comparator, BigDecimal threshold, int topN,
                      Period period, Scope scope, String reward, BigDecimal money, boolean material) {

    public enum Comparator { TOP, ABOVE, AT_LEAST }

    public enum Period { WEEK, MONTH, QUARTER }

    public enum Scope { PERSON, TEAM }

    public Contest {
        if (comparator == Comparator.TOP && topN < 1) {
            throw new PayException("error.topN", "Contest '" + id + "': top N needs N of 1 or more", id);
        }
        if (comparator != Comparator.TOP && threshold == null) {
            throw new PayException("error.threshold", "Contest '" + id + "' needs a threshold", id);
        }
    }
}
