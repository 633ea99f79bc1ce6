package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The forecast as it stood at one pipeline review: per rep and close month, the weighted sum of open deals.
 * Kept so that each rep's forecast accuracy can be measured once the months are over.
 */
public record PipelineSnapshot(LocalDate takenOn, List<Line> lines) {

    public record Line(String rep, YearMonth month, BigDecimal forecast) {
        public Line {
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(forecast, "forecast");
        }
    }

    public PipelineSnapshot {
        Objects.requireNonNull(takenOn, "takenOn");
        lines = List.copyOf(lines);
    }

    /** Takes the snapshot of the open deals of a pipeline. */
    public static PipelineSnapshot of(LocalDate takenOn, List<Opportunity> opportunities) {
        var byRep = WeightedPipeline.byRepAndMonth(opportunities);
        List<Line> lines = byRep.entrySet().stream()
                .flatMap(r -> r.getValue().entrySet().stream().map(m -> new Line(r.getKey(), m.getKey(), m.getValue())))
                .toList();
        return new PipelineSnapshot(takenOn, lines);
    }
}
