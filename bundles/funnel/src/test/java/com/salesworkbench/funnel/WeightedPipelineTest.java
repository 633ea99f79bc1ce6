package com.salesworkbench.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightedPipelineTest {

    static final Currency RUB = Currency.getInstance("RUB");
    static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    static List<Opportunity> crystalBall() {
        PipelineCsv.Result r = PipelineCsv.read(Golden.resource("crystal-ball.csv"), StageModel.STANDARD, AS_OF);
        assertEquals(List.of(), r.errors());
        return r.opportunities();
    }

    private static Money rub(BigDecimal v) {
        return Money.of(v, RUB, Money.DEFAULT_ROUNDING);
    }

    @Test
    void theSeedsCrystalBallGivesTheGoldenMonthsAndDepartmentFigure() {
        var d = WeightedPipeline.forecast(crystalBall(), RUB, YearMonth.of(2026, 12), 3, Golden.number("crystal.prudence"));
        assertEquals(1, d.reps().size());
        var ivanov = d.reps().get(0);
        assertEquals("Ivanov", ivanov.rep());
        assertEquals(rub(Golden.number("crystal.month1")), ivanov.months().get(YearMonth.of(2026, 12)));
        assertEquals(rub(Golden.number("crystal.month2")), ivanov.months().get(YearMonth.of(2027, 1)));
        assertEquals(rub(Golden.number("crystal.month3")), ivanov.months().get(YearMonth.of(2027, 2)));
        assertEquals(rub(new BigDecimal("820000")), d.weighted());
        assertEquals(rub(Golden.number("crystal.department")), d.prudent());
    }

    @Test
    void theDefaultPrudenceIsSeventyPercentAndDealsOutsideTheMonthsAreLeftOut() {
        assertEquals(0, new BigDecimal("0.7").compareTo(WeightedPipeline.DEFAULT_PRUDENCE));
        var d = WeightedPipeline.forecast(crystalBall(), RUB, YearMonth.of(2027, 6), 1, WeightedPipeline.DEFAULT_PRUDENCE);
        assertEquals(rub(new BigDecimal("270000")), d.weighted());
        assertEquals(rub(new BigDecimal("189000")), d.prudent());
    }

    @Test
    void departmentSumsTheRepsAndIgnoresClosedDeals() {
        List<Opportunity> deals = List.of(
                Opportunity.open("1", "A", "x", new BigDecimal("1000"), new BigDecimal("0.5"), YearMonth.of(2027, 1)),
                Opportunity.open("2", "B", "y", new BigDecimal("3000"), new BigDecimal("0.1"), YearMonth.of(2027, 1)),
                new Opportunity("3", "B", "z", "", "", new BigDecimal("9999"), BigDecimal.ONE, YearMonth.of(2027, 1),
                        DealStatus.WON, null, null, Map.of()));
        var d = WeightedPipeline.forecast(deals, RUB, YearMonth.of(2027, 1), 1, BigDecimal.ONE);
        assertEquals(2, d.reps().size());
        assertEquals(rub(new BigDecimal("800")), d.weighted());
    }

    @Test
    void prudenceOutsideTheRangeIsRefused() {
        var e = assertThrows(FunnelException.class,
                () -> WeightedPipeline.forecast(crystalBall(), RUB, YearMonth.of(2026, 12), 3, new BigDecimal("1.2")));
        assertEquals("error.prudence", e.key());
    }

    @Test
    void visitPriorityIsProbabilityThenSoonestClose() {
        List<Opportunity> deals = List.of(
                Opportunity.open("late", "A", "x", new BigDecimal("100"), new BigDecimal("0.9"), YearMonth.of(2027, 5)),
                Opportunity.open("soon", "A", "y", new BigDecimal("100"), new BigDecimal("0.9"), YearMonth.of(2027, 1)),
                Opportunity.open("low", "A", "z", new BigDecimal("5000"), new BigDecimal("0.1"), YearMonth.of(2027, 1)),
                Opportunity.open("mid", "A", "w", new BigDecimal("100"), new BigDecimal("0.5"), YearMonth.of(2027, 2)));
        var plan = WeightedPipeline.visitPriority(deals, 2);
        assertEquals(List.of("soon", "late", "mid", "low"), plan.stream().map(l -> l.opportunity().id()).toList());
        assertEquals(WeightedPipeline.Contact.VISIT, plan.get(1).contact());
        assertEquals(WeightedPipeline.Contact.CALL_OR_EMAIL, plan.get(2).contact());
        assertEquals(Golden.number("capacity.visits").intValue(), WeightedPipeline.visitCapacity(4, 20));
    }

    @Test
    void snapshotsMeasureEachRepsAccuracyOnceTheMonthIsOver() {
        // review in January: A forecasts 500 for January, B forecasts 1 000
        List<Opportunity> january = List.of(
                Opportunity.open("1", "A", "x", new BigDecimal("1000"), new BigDecimal("0.5"), YearMonth.of(2027, 1)),
                Opportunity.open("2", "B", "y", new BigDecimal("2000"), new BigDecimal("0.5"), YearMonth.of(2027, 1)),
                Opportunity.open("3", "B", "z", new BigDecimal("800"), new BigDecimal("0.5"), YearMonth.of(2027, 3)));
        PipelineSnapshot s = PipelineSnapshot.of(LocalDate.of(2027, 1, 4), january);
        assertEquals(3, s.lines().size());
        // in February: A won 1 000 (forecast 500), B won nothing in January
        List<Opportunity> february = List.of(
                new Opportunity("1", "A", "x", "", "", new BigDecimal("1000"), BigDecimal.ONE, YearMonth.of(2027, 1),
                        DealStatus.WON, null, LocalDate.of(2027, 1, 20), Map.of()),
                new Opportunity("2", "B", "y", "", "", new BigDecimal("2000"), BigDecimal.ZERO, YearMonth.of(2027, 1),
                        DealStatus.LOST, null, LocalDate.of(2027, 1, 25), Map.of()));
        var acc = ForecastAccuracy.measure(List.of(s), february, YearMonth.of(2027, 2));
        assertEquals(2, acc.size());
        var a = acc.get(0);
        assertEquals("A", a.rep());
        assertEquals(1, a.comparisons());
        assertEquals(0, new BigDecimal("0.5").compareTo(a.accuracy().orElseThrow()));
        assertEquals(0, new BigDecimal("-0.5").compareTo(a.bias().orElseThrow()));
        var b = acc.get(1);
        assertEquals("B", b.rep());
        assertEquals(1, b.comparisons(), "March is not over yet and is not compared");
        assertFalse(b.accuracy().isPresent(), "no wins: no base to measure against");
        assertTrue(b.forecast().compareTo(new BigDecimal("1000")) == 0);
    }
}
