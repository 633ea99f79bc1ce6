package com.salesworkbench.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageFunnelTest {

    static final StageModel MODEL = StageModel.STANDARD; // lead, qualified, meeting, proposal
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** A deal that entered the stages up to {@code last} every {@code step} days from {@code START}. */
    static Opportunity deal(String id, int last, DealStatus status, int step) {
        Map<String, LocalDate> entered = new LinkedHashMap<>();
        for (int k = 0; k <= last; k++) {
            entered.put(MODEL.stages().get(k), START.plusDays((long) k * step));
        }
        LocalDate closed = status == DealStatus.OPEN ? null : START.plusDays((long) (last + 1) * step);
        return new Opportunity(id, "A", "c" + id, "", MODEL.stages().get(last), new BigDecimal("1000"),
                status == DealStatus.WON ? BigDecimal.ONE : new BigDecimal("0.2"), YearMonth.of(2026, 12), status,
                START, closed, entered);
    }

    static List<Opportunity> history() {
        List<Opportunity> d = new ArrayList<>();
        // 10 leads: 2 lost at lead, 8 qualified; 2 lost at qualified; 6 met; 2 open at meeting; 4 proposals; 1 lost, 3 won
        d.add(deal("1", 0, DealStatus.LOST, 10));
        d.add(deal("2", 0, DealStatus.LOST, 10));
        d.add(deal("3", 1, DealStatus.LOST, 10));
        d.add(deal("4", 1, DealStatus.LOST, 10));
        d.add(deal("5", 2, DealStatus.OPEN, 10));
        d.add(deal("6", 2, DealStatus.OPEN, 10));
        d.add(deal("7", 3, DealStatus.LOST, 10));
        d.add(deal("8", 3, DealStatus.WON, 10));
        d.add(deal("9", 3, DealStatus.WON, 20));
        d.add(deal("10", 3, DealStatus.WON, 30));
        return d;
    }

    @Test
    void countsConversionsTimeInStageAndWinRate() {
        StageFunnel.Report r = StageFunnel.analyse(MODEL, history());
        assertEquals(List.of(10, 8, 6, 4), r.stages().stream().map(StageFunnel.StageStats::reached).toList());
        assertEquals(0, new BigDecimal("0.8").compareTo(r.stages().get(0).conversion().orElseThrow()));
        assertEquals(0, new BigDecimal("0.75").compareTo(r.stages().get(1).conversion().orElseThrow()));
        assertEquals(0, new BigDecimal("0.75").compareTo(r.stages().get(3).conversion().orElseThrow()), "3 of 4 proposals won");
        assertEquals(2, r.stages().get(2).current());
        // overall = product of stage conversions = won / leads = 3 / 10
        assertEquals(0, new BigDecimal("0.3").compareTo(r.overallConversion().orElseThrow().setScale(10, java.math.RoundingMode.HALF_EVEN)));
        // win rate excludes the 2 open deals: 3 / (3 + 5)
        assertEquals(3, r.won());
        assertEquals(5, r.lost());
        assertEquals(0, new BigDecimal("0.375").compareTo(r.winRate().orElseThrow()));
        // time in proposal: won deals only (entered proposal -> closed): 10, 20, 30 days
        assertEquals(0, new BigDecimal("20").compareTo(r.stages().get(3).averageDays().orElseThrow()));
    }

    @Test
    void winRateIsEmptyWithoutClosedDeals() {
        StageFunnel.Report r = StageFunnel.analyse(MODEL, List.of(deal("1", 0, DealStatus.OPEN, 5)));
        assertFalse(r.winRate().isPresent());
    }

    @Test
    void unknownStageIsRefusedNamingTheDeal() {
        Opportunity o = new Opportunity("x9", "A", "c", "", "negotiation", BigDecimal.TEN, BigDecimal.ONE,
                YearMonth.of(2026, 12), DealStatus.OPEN, null, null, Map.of());
        var e = assertThrows(FunnelException.class, () -> StageFunnel.analyse(MODEL, List.of(o)));
        assertEquals("error.unknownStage", e.key());
        assertEquals("x9", e.args()[0]);
    }

    @Test
    void calibratedProbabilitiesComeFromWonAndLostHistoryByStageAndAge() {
        StageCalibration c = StageCalibration.calibrate(MODEL, history(), StageCalibration.DEFAULT_AGE_BOUNDS, 1);
        // every closed deal reached lead: 3 won of 8 closed
        assertEquals(0, new BigDecimal("0.375").compareTo(c.probability("lead", 0).orElseThrow()));
        // at proposal: deals 7, 8 entered at day 30 (band 30-90) -> 1 won 1 lost; deal 9 at day 60 (band 30-90) won;
        // deal 10 at day 90 (band 90-180) won
        assertEquals(0, new BigDecimal("2").divide(new BigDecimal("3"), java.math.MathContext.DECIMAL64)
                .compareTo(c.probability("proposal", 45).orElseThrow()));
        assertEquals(0, BigDecimal.ONE.compareTo(c.probability("proposal", 100).orElseThrow()));
        // a band without history falls back to the stage rate over all ages: 3 of 4
        assertEquals(0, new BigDecimal("0.75").compareTo(c.probability("proposal", 400).orElseThrow()));
        // with a minimum sample of 5 every band falls back
        StageCalibration strict = StageCalibration.calibrate(MODEL, history(), StageCalibration.DEFAULT_AGE_BOUNDS, 5);
        assertEquals(0, new BigDecimal("0.75").compareTo(strict.probability("proposal", 100).orElseThrow()));
        // an open deal at meeting created 40 days ago
        Opportunity open = deal("5", 2, DealStatus.OPEN, 10);
        assertEquals(c.probability("meeting", 40), c.probability(open, START.plusDays(40)));
        assertEquals(4 * 5, c.cells().size());
        // applied: open deals get the calibrated probability, closed deals keep theirs
        List<Opportunity> applied = c.apply(history(), START.plusDays(40));
        assertEquals(c.probability("meeting", 40).orElseThrow(), applied.get(4).probability());
        assertEquals(history().get(7).probability(), applied.get(7).probability());
    }

    @Test
    void templatesHoldTheThreeAndFourTierDepartments() {
        assertEquals(List.of("lead-generation", "closing", "account-management"), StageModel.THREE_TIER.stages());
        assertEquals(4, StageModel.template("four-tier").orElseThrow().size());
        assertEquals("development", StageModel.FOUR_TIER.stages().get(3));
        assertThrows(IllegalArgumentException.class, () -> new StageModel("x", List.of("a", "a")));
    }

    @Test
    void longCyclesCountStageAdvances() {
        var deal = new LongCycle.Deal("d1", "A", "Plant", new BigDecimal("5000000"), List.of(
                new LongCycle.StagePlan("need-identified", LocalDate.of(2026, 11, 10), new BigDecimal("0.1"), "workshop", true),
                new LongCycle.StagePlan("benefit-quantified", LocalDate.of(2026, 12, 15), new BigDecimal("0.3"), "ROI model", false),
                new LongCycle.StagePlan("pilot", LocalDate.of(2027, 2, 1), new BigDecimal("0.6"), "pilot line", false),
                new LongCycle.StagePlan("close", LocalDate.of(2027, 2, 20), new BigDecimal("1"), "contract", false)));
        assertEquals(0, new BigDecimal("0.1").compareTo(deal.probability()));
        assertEquals("benefit-quantified", deal.next().orElseThrow().stage());
        var adv = LongCycle.plannedAdvances(List.of(deal)).get("A");
        assertEquals(Map.of(YearMonth.of(2026, 12), 1, YearMonth.of(2027, 2), 2), adv);
    }
}
