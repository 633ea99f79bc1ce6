package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Long, complex cycles: a deal carries a timeline with a probability and a strategy per stage (need
 * identified -> benefit quantified -> pilot / test and report -> close). Plans for such deals count stage
 * advances rather than calls.
 */
public final class LongCycle {

    private LongCycle() {
    }

    /** One planned stage of a long deal: when it is due, the closing probability once reached, the strategy. */
    public record StagePlan(String stage, LocalDate due, BigDecimal probability, String strategy, boolean done) {
        public StagePlan {
            Objects.requireNonNull(stage, "stage");
            Objects.requireNonNull(due, "due");
            strategy = strategy == null ? "" : strategy;
        }
    }

    public record Deal(String id, String rep, String customer, BigDecimal amount, List<StagePlan> timeline) {
        public Deal {
            timeline = List.copyOf(timeline);
        }

        /** The closing probability of the last stage reached (0 when none is reached). */
        public BigDecimal probability() {
            BigDecimal p = BigDecimal.ZERO;
            for (StagePlan s : timeline) {
                if (s.done()) {
                    p = s.probability();
                }
            }
            return p;
        }

        /** The next stage to reach, if any. */
        public Optional<StagePlan> next() {
            return timeline.stream().filter(s -> !s.done()).findFirst();
        }
    }

    /** Stage advances planned per rep and month: the count of stages not yet reached, by due month. */
    public static SortedMap<String, SortedMap<YearMonth, Integer>> plannedAdvances(List<Deal> deals) {
        SortedMap<String, SortedMap<YearMonth, Integer>> out = new TreeMap<>();
        for (Deal d : deals) {
            for (StagePlan s : d.timeline()) {
                if (!s.done()) {
                    out.computeIfAbsent(d.rep(), r -> new TreeMap<>()).merge(YearMonth.from(s.due()), 1, Integer::sum);
                }
            }
        }
        return out;
    }
}
