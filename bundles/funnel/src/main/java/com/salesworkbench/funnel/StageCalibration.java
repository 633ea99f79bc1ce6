package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Stage probabilities calibrated from history instead of typed: for each stage and each deal-age band, the
 * share of closed deals that had reached that stage and were won, won / (won + lost). A deal's age at a stage
 * is the days from its creation to its entering that stage. A band with fewer than {@code minSample} closed
 * deals falls back to the stage's rate over all ages.
 */
public final class StageCalibration {

    /** Age bands in days: [0, 30), [30, 90), [90, 180), [180, ...). */
    public static final List<Integer> DEFAULT_AGE_BOUNDS = List.of(30, 90, 180);

    public record Cell(String stage, int ageFrom, Integer ageTo, int won, int lost, Optional<BigDecimal> probability) {
    }

    private final StageModel model;
    private final List<Integer> bounds;
    private final int minSample;
    private final int[][] won;
    private final int[][] lost;
    private final int[] stageWon;
    private final int[] stageLost;

    private StageCalibration(StageModel model, List<Integer> bounds, int minSample) {
        this.model = model;
        this.bounds = List.copyOf(bounds);
        this.minSample = minSample;
        int bands = bounds.size() + 1;
        won = new int[model.size()][bands];
        lost = new int[model.size()][bands];
        stageWon = new int[model.size()];
        stageLost = new int[model.size()];
    }

    public static StageCalibration calibrate(StageModel model, List<Opportunity> history, List<Integer> ageBounds,
                                             int minSample) {
        StageCalibration c = new StageCalibration(model, ageBounds, minSample);
        for (Opportunity o : history) {
            if (o.status() == DealStatus.OPEN) {
                continue;
            }
            int idx = StageFunnel.stageIndex(model, o);
            if (idx < 0) {
                throw new FunnelException("error.unknownStage", "Deal " + o.id() + " has an unknown stage '" + o.stage()
                        + "'; known stages: " + model.stages(), o.id(), o.stage(), String.join(", ", model.stages()));
            }
            int last = o.status() == DealStatus.WON ? model.size() - 1 : idx;
            boolean w = o.status() == DealStatus.WON;
            for (int k = 0; k <= last; k++) {
                LocalDate entered = o.stageEntered().get(model.stages().get(k));
                if (w) {
                    c.stageWon[k]++;
                } else {
                    c.stageLost[k]++;
                }
                if (entered != null && o.created() != null) {
                    int band = c.band(ChronoUnit.DAYS.between(o.created(), entered));
                    if (w) {
                        c.won[k][band]++;
                    } else {
                        c.lost[k][band]++;
                    }
                }
            }
        }
        return c;
    }

    private int band(long ageDays) {
        int b = 0;
        while (b < bounds.size() && ageDays >= bounds.get(b)) {
            b++;
        }
        return b;
    }

    private static Optional<BigDecimal> rate(int w, int l) {
        return w + l == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(w).divide(BigDecimal.valueOf(w + l), MathContext.DECIMAL64));
    }

    /** The calibrated probability of a deal at {@code stage} that is {@code ageDays} old; empty without history. */
    public Optional<BigDecimal> probability(String stage, long ageDays) {
        int k = model.indexOf(stage);
        if (k < 0) {
            return Optional.empty();
        }
        int b = band(ageDays);
        if (won[k][b] + lost[k][b] >= minSample) {
            return rate(won[k][b], lost[k][b]);
        }
        return rate(stageWon[k], stageLost[k]);
    }

    /** The calibrated probability of an open deal as of a date (its age counted from its creation). */
    public Optional<BigDecimal> probability(Opportunity o, LocalDate asOf) {
        String stage = o.stage().isEmpty() ? model.stages().get(0) : o.stage();
        long age = o.created() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(o.created(), asOf));
        return probability(stage, age);
    }

    /**
     * The open deals with their typed probabilities replaced by calibrated ones where history gives one;
     * closed deals and deals without history keep theirs.
     */
    public List<Opportunity> apply(List<Opportunity> deals, LocalDate asOf) {
        List<Opportunity> out = new ArrayList<>(deals.size());
        for (Opportunity o : deals) {
            Optional<BigDecimal> p = o.open() ? probability(o, asOf) : Optional.empty();
            out.add(p.map(o::withProbability).orElse(o));
        }
        return out;
    }

    /** The table: every stage and band, then a row per stage over all ages (ageFrom -1). */
    public List<Cell> cells() {
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < model.size(); k++) {
            for (int b = 0; b <= bounds.size(); b++) {
                int from = b == 0 ? 0 : bounds.get(b - 1);
                Integer to = b < bounds.size() ? bounds.get(b) : null;
                out.add(new Cell(model.stages().get(k), from, to, won[k][b], lost[k][b], rate(won[k][b], lost[k][b])));
            }
            out.add(new Cell(model.stages().get(k), -1, null, stageWon[k], stageLost[k], rate(stageWon[k], stageLost[k])));
        }
        return out;
    }

    public int minSample() {
        return minSample;
    }
}
