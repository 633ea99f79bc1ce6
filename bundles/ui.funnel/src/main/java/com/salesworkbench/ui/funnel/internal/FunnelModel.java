package com.salesworkbench.ui.funnel.internal;

import com.salesworkbench.charts.FunnelCharts;
import com.salesworkbench.funnel.DealStatus;
import com.salesworkbench.funnel.Opportunity;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.ReverseFunnel;
import com.salesworkbench.funnel.RiskSimulation;
import com.salesworkbench.funnel.StageFunnel;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * What the funnel view shows for one pipeline, without Swing: the stage funnel, the reverse funnel of a target
 * with the pipeline's own conversions and stage times, and the risk range of its open deals.
 */
final class FunnelModel {

    /** A reverse-funnel input the user must fix: the message key and its arguments. */
    record Invalid(String key, Object... args) {
    }

    private final Pipeline pipeline;
    private final StageFunnel.Report report;

    FunnelModel(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.report = StageFunnel.analyse(pipeline.stages(), pipeline.opportunities());
    }

    Pipeline pipeline() {
        return pipeline;
    }

    StageFunnel.Report report() {
        return report;
    }

    int digits() {
        return pipeline.currencyUnit().getDefaultFractionDigits();
    }

    List<FunnelCharts.StageBar> funnelBars() {
        return report.stages().stream()
                .map(s -> new FunnelCharts.StageBar(s.stage(), s.reached(), s.conversion())).toList();
    }

    /** The open deals' weighted sum: the default plan of the range. */
    BigDecimal weighted() {
        return pipeline.open().stream().map(Opportunity::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The average won deal (else the average deal): the default deal size of the reverse funnel. */
    BigDecimal averageDeal() {
        List<Opportunity> won = pipeline.opportunities().stream().filter(o -> o.status() == DealStatus.WON).toList();
        List<Opportunity> base = won.isEmpty() ? pipeline.opportunities() : won;
        if (base.isEmpty()) {
            return BigDecimal.ZERO;
        }
        return base.stream().map(Opportunity::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(base.size()), digits(), RoundingMode.HALF_EVEN);
    }

    /** The month after the review: the default month of the reverse funnel's target. */
    YearMonth nextMonth() {
        return YearMonth.from(pipeline.asOf()).plusMonths(1);
    }

    /** The reverse funnel's steps from this pipeline's history, or what is missing for them. */
    Optional<Invalid> checkSteps() {
        for (StageFunnel.StageStats s : report.stages()) {
            if (s.conversion().isEmpty() || s.conversion().get().signum() == 0) {
                return Optional.of(new Invalid("reverse.noConversion", s.stage()));
            }
        }
        return Optional.empty();
    }

    List<ReverseFunnel.Step> steps() {
        List<ReverseFunnel.Step> steps = new ArrayList<>();
        for (StageFunnel.StageStats s : report.stages()) {
            int days = s.averageDays().map(d -> d.setScale(0, RoundingMode.HALF_EVEN).intValueExact()).orElse(0);
            steps.add(new ReverseFunnel.Step(s.stage(), s.conversion().orElseThrow(), days, ReverseFunnel.Activity.NONE));
        }
        return steps;
    }

    ReverseFunnel.Plan reverse(YearMonth month, BigDecimal target, BigDecimal averageDeal, int reps) {
        TreeMap<YearMonth, BigDecimal> targets = new TreeMap<>();
        targets.put(month, target);
        return ReverseFunnel.plan(targets, averageDeal, steps(),
                new ReverseFunnel.Capacity(reps, new BigDecimal("4"), 20));
    }

    /** The plan's total need per stage, earliest stage first, deals last, each with the conversion assumed. */
    List<FunnelCharts.StageBar> reverseBars(ReverseFunnel.Plan plan) {
        List<FunnelCharts.StageBar> bars = new ArrayList<>();
        for (ReverseFunnel.Step s : steps()) {
            bars.add(new FunnelCharts.StageBar(s.stage(), ceiling(plan.total(s.stage())), Optional.of(s.conversion())));
        }
        bars.add(new FunnelCharts.StageBar(ReverseFunnel.DEALS, ceiling(plan.total(ReverseFunnel.DEALS)), Optional.empty()));
        return bars;
    }

    private static long ceiling(BigDecimal v) {
        return v.setScale(6, RoundingMode.HALF_EVEN).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    /** The simulation's input: open deals in minor units with their probabilities. */
    record Deals(long[] amounts, double[] probabilities) {
    }

    Deals openDeals() {
        List<Opportunity> open = pipeline.open();
        long[] amounts = new long[open.size()];
        double[] probs = new double[open.size()];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = open.get(i).amount().movePointRight(digits()).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            probs[i] = open.get(i).probability().doubleValue();
        }
        return new Deals(amounts, probs);
    }

    /**
     * The risk range drawn in {@code parts} parts of runs (part k seeded {@code seed + k}), so a task can report
     * progress and stop between parts; {@code proceed} gets the parts done and says whether to go on.
     *
     * @return empty when stopped
     */
    Optional<RiskSimulation.Range> simulate(BigDecimal plan, int runs, long seed, int parts, LongPredicate proceed) {
        Deals d = openDeals();
        long planMinor = plan.movePointRight(digits()).setScale(0, RoundingMode.CEILING).longValueExact();
        long[] all = new long[runs];
        int done = 0;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        for (int k = 0; k < parts; k++) {
            int n = runs / parts + (k < runs % parts ? 1 : 0);
            if (n > 0) {
                long[] part = RiskSimulation.outcomes(d.amounts(), d.probabilities(), n, seed + k, threads);
                System.arraycopy(part, 0, all, done, n);
                done += n;
            }
            if (!proceed.test(k + 1)) {
                return Optional.empty();
            }
        }
        return Optional.of(RiskSimulation.summarise(all, planMinor));
    }

    FunnelCharts.Range chartRange(RiskSimulation.Range r) {
        int digits = digits();
        return new FunnelCharts.Range(major(r.p10(), digits), major(r.p50(), digits), major(r.p90(), digits),
                major(r.plan(), digits), r.probabilityOfPlan(), pipeline.currency());
    }

    static BigDecimal major(long minor, int digits) {
        return BigDecimal.valueOf(minor).movePointLeft(digits);
    }

    static BigDecimal mean(RiskSimulation.Range r, int digits) {
        return BigDecimal.valueOf(r.mean()).movePointLeft(digits).round(MathContext.DECIMAL64);
    }
}
