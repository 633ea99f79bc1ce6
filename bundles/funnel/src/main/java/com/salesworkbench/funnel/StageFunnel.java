package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The stage funnel of a set of deals: how many reached each stage N(k), the conversion to the next stage
 * CR(k) = N(k+1) / N(k) (after the last stage: to won), the average days spent in each stage, the overall
 * conversion (the product of the stage conversions, = won / N(first)) and the win rate won / (won + lost),
 * open deals excluded.
 *
 * <p>A deal reached every stage up to its current (or last) stage; a won deal reached them all. A deal with
 * no stage counts at the first stage.
 */
public final class StageFunnel {

    private StageFunnel() {
    }

    /**
     * @param conversion  to the next stage (or to won after the last); empty when no deal reached this stage
     * @param averageDays average days from entering this stage to entering the next (or to the close of a won
     *                    deal); empty when no deal has both dates
     */
    public record StageStats(String stage, int reached, int current, Optional<BigDecimal> conversion,
                             Optional<BigDecimal> averageDays) {
    }

    public record Report(List<StageStats> stages, int won, int lost, int open, Optional<BigDecimal> overallConversion,
                         Optional<BigDecimal> winRate) {
    }

    /** Stage index of a deal in the model: its stage, 0 when blank; -1 when unknown. */
    static int stageIndex(StageModel model, Opportunity o) {
        return o.stage().isEmpty() ? 0 : model.indexOf(o.stage());
    }

    public static Report analyse(StageModel model, List<Opportunity> deals) {
        int n = model.size();
        int[] reached = new int[n];
        int[] current = new int[n];
        long[] daysSum = new long[n];
        int[] daysCount = new int[n];
        int won = 0;
        int lost = 0;
        int open = 0;
        for (Opportunity o : deals) {
            int idx = stageIndex(model, o);
            if (idx < 0) {
                throw new FunnelException("error.unknownStage", "Deal " + o.id() + " has an unknown stage '" + o.stage()
                        + "'; known stages: " + model.stages(), o.id(), o.stage(), String.join(", ", model.stages()));
            }
            switch (o.status()) {
                case WON -> won++;
                case LOST -> lost++;
                case OPEN -> open++;
            }
            int last = o.status() == DealStatus.WON ? n - 1 : idx;
            for (int k = 0; k <= last; k++) {
                reached[k]++;
            }
            if (o.status() == DealStatus.OPEN) {
                current[idx]++;
            }
            for (int k = 0; k < n; k++) {
                LocalDate in = o.stageEntered().get(model.stages().get(k));
                LocalDate out = k + 1 < n ? o.stageEntered().get(model.stages().get(k + 1))
                        : (o.status() == DealStatus.WON ? o.closed() : null);
                if (in != null && out != null && !out.isBefore(in)) {
                    daysSum[k] += ChronoUnit.DAYS.between(in, out);
                    daysCount[k]++;
                }
            }
        }
        List<StageStats> stats = new ArrayList<>();
        BigDecimal overall = BigDecimal.ONE;
        boolean overallKnown = true;
        for (int k = 0; k < n; k++) {
            int next = k + 1 < n ? reached[k + 1] : won;
            Optional<BigDecimal> cr = reached[k] == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(next).divide(BigDecimal.valueOf(reached[k]), MathContext.DECIMAL64));
            if (cr.isPresent()) {
                overall = overall.multiply(cr.get(), MathContext.DECIMAL64);
            } else {
                overallKnown = false;
            }
            Optional<BigDecimal> days = daysCount[k] == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(daysSum[k]).divide(BigDecimal.valueOf(daysCount[k]), MathContext.DECIMAL64));
            stats.add(new StageStats(model.stages().get(k), reached[k], current[k], cr, days));
        }
        Optional<BigDecimal> winRate = won + lost == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(won).divide(BigDecimal.valueOf(won + lost), MathContext.DECIMAL64));
        return new Report(List.copyOf(stats), won, lost, open, overallKnown ? Optional.of(overall) : Optional.empty(),
                winRate);
    }
}
