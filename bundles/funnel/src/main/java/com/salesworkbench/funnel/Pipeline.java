package com.salesworkbench.funnel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * A client's pipeline, the body of a workspace document ({@code funnel/<name>}, schema
 * {@code funnel-pipeline}): its currency, the date it was reviewed, its stage model, its opportunities and the
 * snapshots of earlier reviews.
 */
public record Pipeline(String name, String currency, LocalDate asOf, StageModel stages,
                       List<Opportunity> opportunities, List<PipelineSnapshot> snapshots) {

    public Pipeline {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency);
        Objects.requireNonNull(asOf, "asOf");
        stages = stages == null ? StageModel.STANDARD : stages;
        opportunities = List.copyOf(opportunities);
        snapshots = snapshots == null ? List.of() : List.copyOf(snapshots);
    }

    public Currency currencyUnit() {
        return Currency.getInstance(currency);
    }

    public List<Opportunity> open() {
        return opportunities.stream().filter(Opportunity::open).toList();
    }

    /** The same pipeline with new opportunities (a re-import); the snapshots stay. */
    public Pipeline withOpportunities(LocalDate newAsOf, StageModel newStages, List<Opportunity> newOpportunities) {
        return new Pipeline(name, currency, newAsOf, newStages, newOpportunities, snapshots);
    }

    /** The same pipeline with one more review snapshot. */
    public Pipeline withSnapshot(PipelineSnapshot snapshot) {
        List<PipelineSnapshot> all = new ArrayList<>(snapshots);
        all.add(snapshot);
        return new Pipeline(name, currency, asOf, stages, opportunities, all);
    }
}
