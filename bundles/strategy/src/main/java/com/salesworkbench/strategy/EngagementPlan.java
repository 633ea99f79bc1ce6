package com.salesworkbench.strategy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The consulting engagement: preliminary diagnostics (1-3 days), then four stages with durations in weeks,
 * formats, tasks and results (codes the shell localises, or free text). Dates follow from the start date;
 * strategy development (diagnostics and stages 1-3) should take 2 to 6 months, implementation support
 * (stage 4) follows it.
 */
public record EngagementPlan(LocalDate start, int diagnosticsDays, List<Stage> stages) {

    /** The typical ranges in weeks of the four stages (stage 4: from 3 months, no upper end). */
    public static final int[][] TYPICAL_WEEKS = {{2, 4}, {4, 8}, {4, 8}, {13, Integer.MAX_VALUE}};

    public record Stage(int number, int weeks, List<String> formats, List<String> tasks, List<String> results) {
        public Stage {
            formats = formats == null ? List.of() : List.copyOf(formats);
            tasks = tasks == null ? List.of() : List.copyOf(tasks);
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /** One bar of the Gantt view; {@code stage} 0 is the preliminary diagnostics. End is inclusive. */
    public record Bar(int stage, LocalDate start, LocalDate end) {
        public long days() {
            return ChronoUnit.DAYS.between(start, end) + 1;
        }
    }

    /** A warning: {@code code} is {@code tooShort}, {@code tooLong} or {@code stageRange}, with its figures. */
    public record Warning(String code, List<Object> args) {
    }

    public EngagementPlan {
        stages = stages == null ? List.of() : List.copyOf(stages);
        if (start == null) {
            throw new StrategyException("error.engagementStart", "The engagement plan needs a start date (2026-03-02)");
        }
        if (diagnosticsDays < 1 || diagnosticsDays > 3) {
            throw new StrategyException("error.diagnosticsDays", "Preliminary diagnostics take 1-3 days, not " + diagnosticsDays, diagnosticsDays);
        }
        if (stages.size() != 4) {
            throw new StrategyException("error.stageCount", "The engagement has four stages, not " + stages.size(), stages.size());
        }
        for (int i = 0; i < 4; i++) {
            Stage s = stages.get(i);
            if (s.number() != i + 1 || s.weeks() < 1) {
                throw new StrategyException("error.stageWeeks", "Stage " + (i + 1) + ": duration must be at least 1 week, not " + s.weeks(),
                        i + 1, s.weeks());
            }
        }
    }

    /** The typical engagement: 2 days of diagnostics, 3, 6, 6 weeks and 3 months (13 weeks) of support. */
    public static EngagementPlan standard(LocalDate start) {
        return new EngagementPlan(start, 2, List.of(
                new Stage(1, 3, List.of("interviews", "working-group"), List.of("as-is"), List.of("diagnostics-report", "interview-report")),
                new Stage(2, 6, List.of("desk-research", "field-research", "interviews"), List.of("research"), List.of("research-reports")),
                new Stage(3, 6, List.of("strategy-sessions", "working-group"), List.of("to-be"),
                        List.of("policies", "project-portfolio", "network-plan", "processes", "org-structure", "motivation-system",
                                "kpi-system", "workbooks")),
                new Stage(4, 13, List.of("training", "hotline", "working-group"), List.of("support"), List.of("control-point-measures"))));
    }

    public EngagementPlan withWeeks(int[] weeks) {
        List<Stage> s = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Stage x = stages.get(i);
            s.add(new Stage(x.number(), weeks[i], x.formats(), x.tasks(), x.results()));
        }
        return new EngagementPlan(start, diagnosticsDays, s);
    }

    /** The Gantt bars: diagnostics, then each stage right after the previous one. */
    public List<Bar> schedule() {
        List<Bar> bars = new ArrayList<>();
        LocalDate from = start;
        LocalDate to = from.plusDays(diagnosticsDays - 1L);
        bars.add(new Bar(0, from, to));
        for (Stage s : stages) {
            from = to.plusDays(1);
            to = from.plusDays(7L * s.weeks() - 1);
            bars.add(new Bar(s.number(), from, to));
        }
        return bars;
    }

    /** Last day of strategy development (end of stage 3). */
    public LocalDate developmentEnd() {
        return schedule().get(3).end();
    }

    /** Last day of implementation support (end of stage 4). */
    public LocalDate end() {
        return schedule().get(4).end();
    }

    /** Development length in whole and part months, e.g. 3.6. */
    public double developmentMonths() {
        LocalDate endExclusive = developmentEnd().plusDays(1);
        long whole = ChronoUnit.MONTHS.between(start, endExclusive);
        LocalDate mark = start.plusMonths(whole);
        double rest = ChronoUnit.DAYS.between(mark, endExclusive) / (double) mark.lengthOfMonth();
        return whole + rest;
    }

    public List<Warning> warnings() {
        List<Warning> w = new ArrayList<>();
        LocalDate endExclusive = developmentEnd().plusDays(1);
        double months = Math.round(developmentMonths() * 10) / 10.0;
        if (endExclusive.isBefore(start.plusMonths(2))) {
            w.add(new Warning("tooShort", List.of(months)));
        } else if (endExclusive.isAfter(start.plusMonths(6))) {
            w.add(new Warning("tooLong", List.of(months)));
        }
        for (Stage s : stages) {
            int[] r = TYPICAL_WEEKS[s.number() - 1];
            if (s.weeks() < r[0] || s.weeks() > r[1]) {
                w.add(new Warning("stageRange", List.of(s.number(), s.weeks(), r[0], r[1] == Integer.MAX_VALUE ? "-" : r[1])));
            }
        }
        return w;
    }
}
