package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SharesTest {

    /** 2022-07 .. 2026-02: complete years 2023, 2024, 2025; month m of year y sells (m + 1) * (y - 2020). */
    static TimeSeries history() {
        PlanPeriod start = PlanPeriod.parse("2022-07");
        double[] y = new double[44];
        for (int i = 0; i < y.length; i++) {
            PlanPeriod p = start.plus(i);
            y[i] = (p.start().getMonthValue()) * (p.start().getYear() - 2020);
        }
        return new TimeSeries("sales", start, y);
    }

    @Test
    void monthSharesComeFromTheLastThreeCompleteYears() {
        Shares s = Shares.ofCycle(history(), 3);
        assertEquals(List.of(2023, 2024, 2025), s.years());
        // month m totals (m) * (3 + 4 + 5); grand total 78 * 12
        for (int m = 1; m <= 12; m++) {
            assertEquals(m / 78.0, s.shares()[m - 1], 1e-12);
        }
        assertEquals(1, java.util.Arrays.stream(s.shares()).sum(), 1e-12);
        assertEquals("03", s.labels().get(2));
    }

    @Test
    void theMonthlyPlanIsTheAnnualPlanTimesTheShareAndAddsUp() {
        Shares s = Shares.ofCycle(history(), 3);
        Phasing.Result plan = s.plan(Money.of("1200000.00", "RUB"));
        assertEquals(Money.of("1200000.00", "RUB"), plan.total());
        assertEquals(Money.of("15384.62", "RUB"), plan.amount("01"));
    }

    @Test
    void aMissingMonthCountsAsTheMeanOfItsOtherYears() {
        double[] y = history().values();
        y[18] = Double.NaN; // January 2024
        Shares s = Shares.ofCycle(new TimeSeries("sales", PlanPeriod.parse("2022-07"), y), 3);
        assertEquals(1, java.util.Arrays.stream(s.shares()).sum(), 1e-12);
        assertEquals(1 * (3 + 5) / 2.0 * 3, s.shares()[0] * sumOfTotals(s, y), 1e-6);
    }

    private static double sumOfTotals(Shares s, double[] y) {
        // the grand total that the shares divide: the February share knows it, (2 * 12) / share
        return 2 * 12 / s.shares()[1];
    }

    @Test
    void groupSharesWithAManualAdjustmentStillAddUp() {
        Map<String, Double> totals = new LinkedHashMap<>();
        totals.put("roses", 600.0);
        totals.put("tulips", 300.0);
        totals.put("pots", 100.0);
        Shares s = Shares.ofTotals(totals);
        assertEquals(0.6, s.share("roses"), 1e-12);
        Shares adjusted = s.adjust("pots", 0.2);
        assertEquals(0.2, adjusted.share("pots"), 1e-12);
        assertEquals(0.8 * 2 / 3, adjusted.share("roses"), 1e-12);
        assertEquals(1, java.util.Arrays.stream(adjusted.shares()).sum(), 1e-12);
        Phasing.Result r = adjusted.plan(Money.of("99999.99", "CNY"));
        assertEquals(Money.of("99999.99", "CNY"), r.total());
    }

    @Test
    void badInputIsNamed() {
        TimeSeries shortOne = new TimeSeries("new-shop", PlanPeriod.parse("2025-03"), new double[10]);
        assertEquals("shares.noFullYear", assertThrows(SeasonalityException.class, () -> Shares.ofCycle(shortOne, 3)).reason().key());
        TimeSeries zeros = new TimeSeries("z", PlanPeriod.parse("2025-01"), new double[12]);
        assertEquals("shares.zero", assertThrows(SeasonalityException.class, () -> Shares.ofCycle(zeros, 3)).reason().key());
        double[] neg = new double[12];
        neg[4] = -5;
        SeasonalityException e = assertThrows(SeasonalityException.class,
                () -> Shares.ofCycle(new TimeSeries("n", PlanPeriod.parse("2025-01"), neg), 3));
        assertTrue(e.getMessage().contains("2025-05"), e.getMessage());
        assertEquals("shares.unknownLabel", assertThrows(SeasonalityException.class,
                () -> Shares.ofTotals(Map.of("a", 1.0)).adjust("b", 0.5)).reason().key());
        assertEquals("shares.adjustRange", assertThrows(SeasonalityException.class,
                () -> Shares.ofTotals(Map.of("a", 1.0)).adjust("a", 1.5)).reason().key());
    }

    @Test
    void quarterlySharesHaveFourParts() {
        double[] q = {10, 20, 30, 40, 10, 20, 30, 40};
        Shares s = Shares.ofCycle(new TimeSeries("q", PlanPeriod.parse("2024-Q1"), q), 3);
        assertEquals(List.of("Q1", "Q2", "Q3", "Q4"), s.labels());
        assertEquals(0.4, s.share("Q4"), 1e-12);
    }
}
