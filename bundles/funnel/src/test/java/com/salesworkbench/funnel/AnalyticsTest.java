package com.salesworkbench.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalyticsTest {

    @Test
    void velocityAndCoverageFollowTheFormulas() {
        // 40 opportunities x 50 000 x 25% / 100 days = 5 000 a day
        assertEquals(0, new BigDecimal("5000").compareTo(Velocity.velocity(40, new BigDecimal("50000"),
                new BigDecimal("0.25"), new BigDecimal("100")).orElseThrow()));
        // 3 000 000 open qualified / (1 000 000 - 250 000) = 4x; needed 1 / 25% = 4x
        assertEquals(0, new BigDecimal("4").compareTo(Velocity.coverage(new BigDecimal("3000000"),
                new BigDecimal("1000000"), new BigDecimal("250000")).orElseThrow()));
        assertEquals(0, new BigDecimal("4").compareTo(Velocity.neededCoverage(new BigDecimal("0.25")).orElseThrow()));
        assertFalse(Velocity.coverage(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.TEN).isPresent());
        assertFalse(Velocity.velocity(1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO).isPresent());
    }

    @Test
    void velocityFiguresOfAPipeline() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        List<Opportunity> deals = List.of(
                new Opportunity("1", "A", "", "", "proposal", new BigDecimal("100"), BigDecimal.ONE, YearMonth.of(2026, 3),
                        DealStatus.WON, d, d.plusDays(30), Map.of()),
                new Opportunity("2", "A", "", "", "proposal", new BigDecimal("300"), BigDecimal.ONE, YearMonth.of(2026, 3),
                        DealStatus.WON, d, d.plusDays(90), Map.of()),
                new Opportunity("3", "A", "", "", "lead", new BigDecimal("500"), BigDecimal.ZERO, YearMonth.of(2026, 3),
                        DealStatus.LOST, d, d.plusDays(10), Map.of()),
                Opportunity.open("4", "A", "", new BigDecimal("1000"), new BigDecimal("0.5"), YearMonth.of(2027, 1)),
                new Opportunity("5", "A", "", "", "meeting", new BigDecimal("2000"), new BigDecimal("0.5"),
                        YearMonth.of(2027, 1), DealStatus.OPEN, d, null, Map.of()));
        Velocity.Figures f = Velocity.of(StageModel.STANDARD, deals, new BigDecimal("1400"), "qualified");
        assertEquals(2, f.openOpportunities());
        assertEquals(0, new BigDecimal("200").compareTo(f.averageDeal()));
        assertEquals(0, new BigDecimal("60").compareTo(f.cycleDays().orElseThrow()));
        BigDecimal winRate = new BigDecimal("2").divide(new BigDecimal("3"), MathContext.DECIMAL64);
        assertEquals(0, winRate.compareTo(f.winRate().orElseThrow()));
        // only deal 5 is at or past "qualified": 2000 / (1400 - 400) = 2x
        assertEquals(0, new BigDecimal("2000").compareTo(f.openQualified()));
        assertEquals(0, new BigDecimal("2").compareTo(f.coverage().orElseThrow()));
        assertEquals(0, new BigDecimal("1.5").compareTo(f.neededCoverage().orElseThrow().round(new MathContext(10))));
    }

    @Test
    void marketingAnalyticsFromSpendToRevenue() {
        var r = MarketingAnalytics.analyse(List.of(
                new MarketingAnalytics.Channel("search", new BigDecimal("100000"), 20000, 400, 40, new BigDecimal("800000")),
                new MarketingAnalytics.Channel("social", new BigDecimal("50000"), 10000, 100, 0, BigDecimal.ZERO)), "total");
        var search = r.channels().get(0);
        assertEquals(0, new BigDecimal("0.02").compareTo(search.visitorToLead().orElseThrow()));
        assertEquals(0, new BigDecimal("0.1").compareTo(search.leadToBuyer().orElseThrow()));
        assertEquals(0, new BigDecimal("250").compareTo(search.costPerLead().orElseThrow()));
        assertEquals(0, new BigDecimal("2500").compareTo(search.costPerCustomer().orElseThrow()));
        assertEquals(0, new BigDecimal("20000").compareTo(search.averageCheck().orElseThrow()));
        assertEquals(0, new BigDecimal("7").compareTo(search.romi().orElseThrow()));
        var social = r.channels().get(1);
        assertFalse(social.costPerCustomer().isPresent(), "no buyers: no cost per customer, never NaN");
        // joint KPI: 500 leads x 8% x 20 000 = 800 000
        var k = r.kpi();
        assertEquals(500, k.leads());
        assertEquals(0, new BigDecimal("0.08").compareTo(k.conversion().orElseThrow()));
        assertEquals(0, k.revenue().compareTo(new BigDecimal(k.leads()).multiply(k.conversion().orElseThrow())
                .multiply(k.averageCheck().orElseThrow())));
        assertEquals(0, new BigDecimal("1000").compareTo(k.leadsFor(new BigDecimal("1600000")).orElseThrow()));
        assertThrows(FunnelException.class, () -> new MarketingAnalytics.Channel("x", BigDecimal.ONE.negate(), 0, 0, 0, BigDecimal.ZERO));
    }
}
