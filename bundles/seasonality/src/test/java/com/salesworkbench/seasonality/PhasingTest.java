package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhasingTest {

    static final List<String> MONTHS = List.of("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06",
            "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12");

    static Money rub(String a) {
        return Money.of(a, "RUB");
    }

    @Test
    void oneMillionWithThreeLocksAndAnOverrideAddsUpExactly() {
        double[] profile = {0.91, 0.88, 1.01, 0.98, 0.98, 1.11, 1.23, 1.22, 1.06, 0.92, 0.80, 0.90};
        Map<String, Money> locks = Map.of("2026-01", rub("70000.00"), "2026-02", rub("65000.00"), "2026-03", rub("81234.56"));
        Map<String, Money> overrides = Map.of("2026-12", rub("99999.99"));
        Phasing.Result r = Phasing.phase(rub("1000000.00"), MONTHS, profile, locks, overrides);
        assertEquals(rub("1000000.00"), r.total());
        assertEquals(rub("70000.00"), r.amount("2026-01"));
        assertEquals(rub("65000.00"), r.amount("2026-02"));
        assertEquals(rub("81234.56"), r.amount("2026-03"));
        assertEquals(rub("99999.99"), r.amount("2026-12"));
        assertEquals(Phasing.Kind.LOCKED, r.cells().get(0).kind());
        assertEquals(Phasing.Kind.OVERRIDE, r.cells().get(11).kind());
        // the remainder 683 765.45 is spread over April..November in proportion to the profile
        BigDecimal rest = new BigDecimal("683765.45");
        double w = 0.98 + 0.98 + 1.11 + 1.23 + 1.22 + 1.06 + 0.92 + 0.80;
        assertEquals(rest.doubleValue() * 1.11 / w, r.amount("2026-06").amount().doubleValue(), 0.011);
    }

    @Test
    void theRoundingDifferenceGoesToTheLargestCell() {
        Phasing.Result r = Phasing.phase(rub("100.00"), List.of("a", "b", "c"), new double[] {1, 1, 1.0000001}, Map.of(), Map.of());
        assertEquals(rub("33.33"), r.amount("a"));
        assertEquals(rub("33.33"), r.amount("b"));
        assertEquals(rub("33.34"), r.amount("c"));
    }

    @Test
    void aCurrencyWithoutMinorUnitsRoundsToWholeUnits() {
        Money yen = Money.of("1000", "JPY");
        Phasing.Result r = Phasing.phase(yen, List.of("a", "b", "c"), new double[] {1, 1, 1}, Map.of(), Map.of());
        assertEquals(yen, r.total());
        assertEquals(0, r.amount("b").amount().scale());
    }

    @Test
    void locksThatExceedTheTargetAreRefused() {
        SeasonalityException e = assertThrows(SeasonalityException.class, () -> Phasing.phase(rub("100000.00"), MONTHS,
                new double[12], Map.of("2026-01", rub("60000.00"), "2026-02", rub("50000.00")), Map.of()));
        assertEquals("phase.locksExceed", e.reason().key());
        assertTrue(e.getMessage().contains("110000.00 RUB") && e.getMessage().contains("100000.00 RUB"), e.getMessage());
    }

    @Test
    void aProfileOfZerosIsRefused() {
        SeasonalityException e = assertThrows(SeasonalityException.class,
                () -> Phasing.phase(rub("1000.00"), MONTHS, new double[12], Map.of(), Map.of()));
        assertEquals("phase.zeroProfile", e.reason().key());
        assertTrue(e.getLocalizedMessage(java.util.Locale.forLanguageTag("ru")).contains("нул"));
    }

    @Test
    void aProfileOfZerosIsFineWhenNothingIsLeftToSpread() {
        Phasing.Result r = Phasing.phase(rub("1000.00"), List.of("a", "b"), new double[2], Map.of("a", rub("1000.00")), Map.of());
        assertEquals(rub("0.00"), r.amount("b"));
    }

    @Test
    void negativeOrMissingWeightsAndUnknownCellsAreRefused() {
        assertEquals("phase.badWeight", assertThrows(SeasonalityException.class, () -> Phasing.phase(rub("1.00"),
                List.of("a", "b"), new double[] {1, -1}, Map.of(), Map.of())).reason().key());
        assertEquals("phase.badWeight", assertThrows(SeasonalityException.class, () -> Phasing.phase(rub("1.00"),
                List.of("a", "b"), new double[] {1, Double.NaN}, Map.of(), Map.of())).reason().key());
        assertEquals("phase.unknownLabel", assertThrows(SeasonalityException.class, () -> Phasing.phase(rub("1.00"),
                List.of("a", "b"), new double[] {1, 1}, Map.of("z", rub("1.00")), Map.of())).reason().key());
        assertEquals("phase.allFixed", assertThrows(SeasonalityException.class, () -> Phasing.phase(rub("10.00"),
                List.of("a"), new double[] {1}, Map.of("a", rub("1.00")), Map.of())).reason().key());
        assertEquals("phase.lockedAndOverridden", assertThrows(SeasonalityException.class, () -> Phasing.phase(rub("10.00"),
                List.of("a", "b"), new double[] {1, 1}, Map.of("a", rub("1.00")), Map.of("a", rub("2.00")))).reason().key());
    }

    @Test
    void aQuarterlyTargetIsPhasedIntoItsMonths() {
        List<String> q3 = new ArrayList<>(MONTHS.subList(6, 9));
        Phasing.Result r = Phasing.phase(rub("300000.00"), q3, new double[] {1.23, 1.22, 1.06}, Map.of(), Map.of());
        assertEquals(rub("300000.00"), r.total());
        assertEquals(3, r.cells().size());
    }
}
