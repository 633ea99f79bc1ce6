package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sales velocity = opportunities x average deal x win rate / cycle length (days), in money per day.
 * Pipeline coverage = open qualified pipeline / (quota - closed won); the coverage needed is about 1 / win rate.
 */
public final class Velocity {

    private Velocity() {
    }

    public static Optional<BigDecimal> velocity(long opportunities, BigDecimal averageDeal, BigDecimal winRate,
                                                BigDecimal cycleDays) {
        if (cycleDays.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(opportunities).multiply(averageDeal).multiply(winRate)
                .divide(cycleDays, MathContext.DECIMAL64));
    }

    /** Empty when the quota is already reached (nothing left to cover). */
    public static Optional<BigDecimal> coverage(BigDecimal openQualified, BigDecimal quota, BigDecimal closedWon) {
        BigDecimal gap = quota.subtract(closedWon);
        if (gap.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(openQualified.divide(gap, MathContext.DECIMAL64));
    }

    public static Optional<BigDecimal> neededCoverage(BigDecimal winRate) {
        return winRate.signum() <= 0 ? Optional.empty()
                : Optional.of(BigDecimal.ONE.divide(winRate, MathContext.DECIMAL64));
    }

    /**
     * The figures of a pipeline.
     *
     * @param averageDeal mean amount of the won deals (of the open ones when none is won yet)
     * @param cycleDays   mean days from creation to close of the won deals
     */
    public record Figures(long openOpportunities, BigDecimal averageDeal, Optional<BigDecimal> winRate,
                          Optional<BigDecimal> cycleDays, Optional<BigDecimal> velocityPerDay,
                          BigDecimal openQualified, BigDecimal closedWon, Optional<BigDecimal> coverage,
                          Optional<BigDecimal> neededCoverage) {
    }

    /**
     * Velocity and coverage of a pipeline against a quota. Open deals at {@code qualifiedFrom} or a later
     * stage count as qualified pipeline.
     */
    public static Figures of(StageModel model, List<Opportunity> deals, BigDecimal quota, String qualifiedFrom) {
        MathContext mc = MathContext.DECIMAL64;
        int q = qualifiedFrom == null || qualifiedFrom.isEmpty() ? 0 : model.indexOf(qualifiedFrom);
        if (q < 0) {
            throw new FunnelException("error.unknownQualified", "Unknown stage '" + qualifiedFrom + "'; known stages: "
                    + model.stages(), qualifiedFrom, String.join(", ", model.stages()));
        }
        List<Opportunity> open = deals.stream().filter(Opportunity::open).toList();
        List<Opportunity> won = deals.stream().filter(o -> o.status() == DealStatus.WON).toList();
        long lost = deals.stream().filter(o -> o.status() == DealStatus.LOST).count();
        List<Opportunity> base = won.isEmpty() ? open : won;
        BigDecimal avg = base.isEmpty() ? BigDecimal.ZERO
                : base.stream().map(Opportunity::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(base.size()), mc);
        Optional<BigDecimal> winRate = won.size() + lost == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(won.size()).divide(BigDecimal.valueOf(won.size() + lost), mc));
        List<Long> cycles = won.stream().filter(o -> o.created() != null && o.closed() != null)
                .map(o -> ChronoUnit.DAYS.between(o.created(), o.closed())).toList();
        Optional<BigDecimal> cycle = cycles.isEmpty() ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(cycles.stream().mapToLong(Long::longValue).sum())
                .divide(BigDecimal.valueOf(cycles.size()), mc));
        Optional<BigDecimal> v = winRate.isPresent() && cycle.isPresent()
                ? velocity(open.size(), avg, winRate.get(), cycle.get()) : Optional.empty();
        BigDecimal qualified = open.stream().filter(o -> StageFunnel.stageIndex(model, o) >= q)
                .map(Opportunity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal closedWon = won.stream().map(Opportunity::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Figures(open.size(), avg, winRate, cycle, v, qualified, closedWon,
                coverage(qualified, quota, closedWon), winRate.flatMap(Velocity::neededCoverage));
    }
}
