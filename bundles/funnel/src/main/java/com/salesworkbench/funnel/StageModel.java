package com.salesworkbench.funnel;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The ordered stages of a client's funnel (earliest first). Winning is the outcome after the last stage, not
 * a stage. Templates: the standard B2B funnel, the three- and four-tier sales departments (lead generation
 * -> request handling and closing -> account management -> client development and repeat sales) and the
 * long complex cycle (need identified -> benefit quantified -> pilot and report -> close).
 */
public record StageModel(String name, List<String> stages) {

    public static final StageModel STANDARD = new StageModel("standard",
            List.of("lead", "qualified", "meeting", "proposal"));
    public static final StageModel THREE_TIER = new StageModel("three-tier",
            List.of("lead-generation", "closing", "account-management"));
    public static final StageModel FOUR_TIER = new StageModel("four-tier",
            List.of("lead-generation", "closing", "account-management", "development"));
    public static final StageModel LONG_CYCLE = new StageModel("long-cycle",
            List.of("need-identified", "benefit-quantified", "pilot", "close"));

    public static final Map<String, StageModel> TEMPLATES = Map.of(
            STANDARD.name, STANDARD, THREE_TIER.name, THREE_TIER, FOUR_TIER.name, FOUR_TIER,
            LONG_CYCLE.name, LONG_CYCLE);

    public StageModel {
        Objects.requireNonNull(name, "name");
        stages = List.copyOf(stages);
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("A stage model needs at least one stage");
        }
        if (stages.stream().distinct().count() != stages.size()) {
            throw new IllegalArgumentException("Duplicate stage in " + stages);
        }
    }

    public static Optional<StageModel> template(String name) {
        return Optional.ofNullable(TEMPLATES.get(name));
    }

    /** Index of a stage, or -1 when unknown. */
    public int indexOf(String stage) {
        return stages.indexOf(stage);
    }

    public int size() {
        return stages.size();
    }
}
