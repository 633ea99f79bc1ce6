package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each rep's forecast accuracy, measured from the review snapshots against the deals actually won. For every
 * snapshot and every month it forecast that is over (before {@code currentMonth}), the forecast is compared
 * with the amount the rep won in that month (by close month, or the month of the close date when given).
 * Accuracy = 1 - sum|forecast - actual| / sum actual; bias = (sum forecast - sum actual) / sum actual.
 */
public final class ForecastAccuracy {

    private ForecastAccuracy() {
    }

    /**
     * @param comparisons snapshot-month pairs compared
     * @param accuracy    empty when the rep won nothing in the months compared (no base to measure against)
     */
    public record RepAccuracy(String rep, int comparisons, BigDecimal forecast, BigDecimal actual,
                              Optional<BigDecimal> accuracy, Optional<BigDecimal> bias) {
    }

    public static List<RepAccuracy> measure(List<PipelineSnapshot> snapshots, List<Opportunity> opportunities,
                                            YearMonth currentMonth) {
        Map<String, Map<YearMonth, BigDecimal>> won = new HashMap<>();
        for (Opportunity o : opportunities) {
            if (o.status() == DealStatus.WON) {
                YearMonth m = o.closed() != null ? YearMonth.from(o.closed()) : o.closeMonth();
                won.computeIfAbsent(o.rep(), r -> new HashMap<>()).merge(m, o.amount(), BigDecimal::add);
            }
        }
        SortedMap<String, BigDecimal[]> sums = new TreeMap<>();
        for (PipelineSnapshot s : snapshots) {
            for (PipelineSnapshot.Line l : s.lines()) {
                if (!l.month().isBefore(currentMonth)) {
                    continue;
                }
                BigDecimal actual = won.getOrDefault(l.rep(), Map.of()).getOrDefault(l.month(), BigDecimal.ZERO);
                BigDecimal[] acc = sums.computeIfAbsent(l.rep(),
                        r -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                acc[0] = acc[0].add(l.forecast());
                acc[1] = acc[1].add(actual);
                acc[2] = acc[2].add(l.forecast().subtract(actual).abs());
                acc[3] = acc[3].add(BigDecimal.ONE);
            }
        }
        List<RepAccuracy> out = new ArrayList<>();
        for (var e : sums.entrySet()) {
            BigDecimal[] a = e.getValue();
            Optional<BigDecimal> accuracy = Optional.empty();
            Optional<BigDecimal> bias = Optional.empty();
            if (a[1].signum() > 0) {
                accuracy = Optional.of(BigDecimal.ONE.subtract(a[2].divide(a[1], MathContext.DECIMAL64)));
                bias = Optional.of(a[0].subtract(a[1]).divide(a[1], MathContext.DECIMAL64));
            }
            out.add(new RepAccuracy(e.getKey(), a[3].intValue(), a[0], a[1], accuracy, bias));
        }
        return out;
    }
}
