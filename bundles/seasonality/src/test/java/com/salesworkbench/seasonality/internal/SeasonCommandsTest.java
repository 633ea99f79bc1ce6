package com.salesworkbench.seasonality.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.SeasonalityException;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeasonCommandsTest {

    @Test
    void locksAndOverridesNameAPeriodOrItsNumber() {
        List<String> labels = List.of("2026-01", "2026-02", "2026-03");
        Money goal = Money.of("10.00", "RUB");
        Map<String, Money> m = SeasonCommands.amounts("2026-01=1.50, 3=2", labels, goal);
        assertEquals(Map.of("2026-01", Money.of("1.50", "RUB"), "2026-03", Money.of("2.00", "RUB")), m);
        assertEquals("phase.unknownLabel", assertThrows(SeasonalityException.class,
                () -> SeasonCommands.amounts("2027-01=1", labels, goal)).reason().key());
        assertEquals("input.pair", assertThrows(SeasonalityException.class,
                () -> SeasonCommands.amounts("2026-01", labels, goal)).reason().key());
        assertEquals("input.money", assertThrows(SeasonalityException.class,
                () -> SeasonCommands.parseMoney("1.001", Currency.getInstance("RUB"))).reason().key());
    }

    @Test
    void weightsAreNumbers() {
        assertArrayEquals(new double[] {1, 2.5, 0}, SeasonCommands.numbers("1, 2.5,0"), 0);
        assertEquals("phase.badWeightText", assertThrows(SeasonalityException.class, () -> SeasonCommands.numbers("1,x")).reason().key());
    }

    @Test
    void groupTotalsTakeTheLastYearsAndOptionallyOneMonth() {
        PlanPeriod start = PlanPeriod.parse("2022-01");
        double[] a = new double[48];
        double[] b = new double[48];
        java.util.Arrays.fill(a, 1);
        java.util.Arrays.fill(b, 2);
        b[41] = 10; // June 2025
        Map<String, Double> totals = SeasonCommands.groupTotals(List.of(new TimeSeries("a", start, a), new TimeSeries("b", start, b)), 3, "");
        assertEquals(36.0, totals.get("a"));
        assertEquals(80.0, totals.get("b"));
        Map<String, Double> june = SeasonCommands.groupTotals(List.of(new TimeSeries("a", start, a), new TimeSeries("b", start, b)), 3, "06");
        assertEquals(3.0, june.get("a"));
        assertEquals(14.0, june.get("b"));
        assertEquals(june, SeasonCommands.groupTotals(List.of(new TimeSeries("a", start, a), new TimeSeries("b", start, b)), 3, "6"));
    }

    @Test
    void aCyclePositionIsReadLeniently() {
        assertEquals(5, SeasonCommands.cyclePosition("06"));
        assertEquals(5, SeasonCommands.cyclePosition("6"));
        assertEquals(1, SeasonCommands.cyclePosition("Q2"));
        assertEquals(51, SeasonCommands.cyclePosition("W53"));
        assertEquals("input.position", assertThrows(SeasonalityException.class, () -> SeasonCommands.cyclePosition("June")).reason().key());
    }
}
