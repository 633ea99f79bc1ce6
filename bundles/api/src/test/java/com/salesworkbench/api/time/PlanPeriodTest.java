package com.salesworkbench.api.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlanPeriodTest {

    @ParameterizedTest(name = "{0} is a {1} starting {2}")
    @CsvSource({
            "2026-06-15, DAY,       2026-06-15",
            "2026-W05,   WEEK,      2026-01-26",
            "2026-06,    MONTH,     2026-06-01",
            "2026-Q3,    QUARTER,   2026-07-01",
            "2026-H1,    HALF_YEAR, 2026-01-01",
            "2026-H2,    HALF_YEAR, 2026-07-01",
            "2026,       YEAR,      2026-01-01",
    })
    void parseDerivesFrequencyAndStartAndToStringGivesTheTextBack(String text, Frequency frequency, LocalDate start) {
        PlanPeriod p = PlanPeriod.parse(text);
        assertEquals(frequency, p.frequency());
        assertEquals(start, p.start());
        assertEquals(text, p.toString());
        assertEquals(p, PlanPeriod.parse(p.toString()));
    }

    @Test
    void parseIgnoresSurroundingWhitespace() {
        assertEquals(PlanPeriod.quarter(2026, 3), PlanPeriod.parse("  2026-Q3\t"));
    }

    @Test
    void startIsAlignedToTheFirstDayOfThePeriod() {
        LocalDate aug20 = LocalDate.of(2026, 8, 20); // a Thursday
        assertEquals(aug20, PlanPeriod.containing(Frequency.DAY, aug20).start());
        assertEquals(LocalDate.of(2026, 8, 17), PlanPeriod.containing(Frequency.WEEK, aug20).start());
        assertEquals(LocalDate.of(2026, 8, 1), PlanPeriod.containing(Frequency.MONTH, aug20).start());
        assertEquals(LocalDate.of(2026, 7, 1), PlanPeriod.containing(Frequency.QUARTER, aug20).start());
        assertEquals(LocalDate.of(2026, 7, 1), PlanPeriod.containing(Frequency.HALF_YEAR, aug20).start());
        assertEquals(LocalDate.of(2026, 1, 1), PlanPeriod.containing(Frequency.YEAR, aug20).start());

        // The canonical constructor aligns too, so two ways of naming a quarter are equal.
        assertEquals(PlanPeriod.quarter(2026, 3), new PlanPeriod(Frequency.QUARTER, LocalDate.of(2026, 9, 30)));
        assertEquals(PlanPeriod.month(YearMonth.of(2026, 2)), new PlanPeriod(Frequency.MONTH, LocalDate.of(2026, 2, 28)));
    }

    @Test
    void quartersStartInJanuaryAprilJulyAndOctober() {
        assertEquals(LocalDate.of(2026, 1, 1), PlanPeriod.containing(Frequency.QUARTER, LocalDate.of(2026, 3, 31)).start());
        assertEquals(LocalDate.of(2026, 4, 1), PlanPeriod.containing(Frequency.QUARTER, LocalDate.of(2026, 4, 1)).start());
        assertEquals(LocalDate.of(2026, 10, 1), PlanPeriod.containing(Frequency.QUARTER, LocalDate.of(2026, 12, 31)).start());
        assertEquals("2026-Q4", PlanPeriod.containing(Frequency.QUARTER, LocalDate.of(2026, 11, 5)).toString());
    }

    @Test
    void weeksStartOnMonday() {
        for (int day = 1; day <= 31; day++) {
            PlanPeriod week = PlanPeriod.containing(Frequency.WEEK, LocalDate.of(2026, 3, day));
            assertEquals(DayOfWeek.MONDAY, week.start().getDayOfWeek(), week::toString);
            assertEquals(week.start().plusDays(6), week.end());
        }
        // A Sunday belongs to the week that started six days earlier.
        assertEquals(LocalDate.of(2026, 3, 2), PlanPeriod.containing(Frequency.WEEK, LocalDate.of(2026, 3, 8)).start());
    }

    @Test
    void firstIsoWeekCanStartInThePreviousCalendarYear() {
        PlanPeriod w1 = PlanPeriod.parse("2026-W01");
        assertEquals(LocalDate.of(2025, 12, 29), w1.start());
        assertEquals(LocalDate.of(2026, 1, 4), w1.end());
        // The text uses the ISO week-based year, not the calendar year of the start.
        assertEquals("2026-W01", PlanPeriod.containing(Frequency.WEEK, LocalDate.of(2025, 12, 31)).toString());
    }

    @Test
    void week53ExistsInLongIsoYearsAndReachesIntoTheNextCalendarYear() {
        PlanPeriod w53 = PlanPeriod.parse("2020-W53");
        assertEquals(LocalDate.of(2020, 12, 28), w53.start());
        assertEquals(LocalDate.of(2021, 1, 3), w53.end());
        assertEquals("2020-W53", w53.toString());
        assertEquals("2020-W53", PlanPeriod.containing(Frequency.WEEK, LocalDate.of(2021, 1, 1)).toString());
        assertEquals("2021-W01", w53.next().toString());
    }

    @Test
    void week53OfAShortIsoYearIsRejectedInsteadOfRollingOver() {
        // 2021 has 52 ISO weeks; "2021-W53" must not silently become 2022-W01.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanPeriod.parse("2021-W53"));
        assertTrue(e.getMessage().contains("'2021-W53'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PlanPeriod.parse("2025-W53"));
        // 2026 starts on a Thursday, so it is a long year again.
        assertEquals(LocalDate.of(2026, 12, 28), PlanPeriod.parse("2026-W53").start());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "2026-13", "2026-02-30", "2026-Q0", "2026-Q5", "2026-H3", "2026-W00",
            "2026-W54", "2026-W5", "26", "20261", "2026/06", "2026-6"})
    void invalidTextGivesIllegalArgumentExceptionQuotingTheText(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PlanPeriod.parse(text));
        assertTrue(e.getMessage().contains("'" + text + "'"), e.getMessage());
    }

    @Test
    void quarterFactoryRejectsQuartersOutsideOneToFour() {
        assertThrows(IllegalArgumentException.class, () -> PlanPeriod.quarter(2026, 0));
        assertThrows(IllegalArgumentException.class, () -> PlanPeriod.quarter(2026, 5));
    }

    @Test
    void nextMovesOnePeriodForward() {
        assertEquals(PlanPeriod.parse("2026-06-16"), PlanPeriod.parse("2026-06-15").next());
        assertEquals(PlanPeriod.parse("2026-W06"), PlanPeriod.parse("2026-W05").next());
        assertEquals(PlanPeriod.parse("2027-01"), PlanPeriod.parse("2026-12").next());
        assertEquals(PlanPeriod.parse("2027-Q1"), PlanPeriod.parse("2026-Q4").next());
        assertEquals(PlanPeriod.parse("2027-H1"), PlanPeriod.parse("2026-H2").next());
        assertEquals(PlanPeriod.parse("2027"), PlanPeriod.parse("2026").next());
    }

    @Test
    void plusMovesAnyNumberOfPeriodsInBothDirections() {
        assertEquals(PlanPeriod.parse("2027-Q2"), PlanPeriod.parse("2026-Q3").plus(3));
        assertEquals(PlanPeriod.parse("2025-Q4"), PlanPeriod.parse("2026-Q3").plus(-3));
        assertEquals(PlanPeriod.parse("2028-H1"), PlanPeriod.parse("2026-H1").plus(4));
        assertEquals(PlanPeriod.parse("2025-11"), PlanPeriod.parse("2026-01").plus(-2));
        assertEquals(PlanPeriod.parse("2021-W01"), PlanPeriod.parse("2020-W52").plus(2));
        assertEquals(PlanPeriod.parse("2026-03-01"), PlanPeriod.parse("2026-02-27").plus(2));
        assertEquals(PlanPeriod.parse("2026-06"), PlanPeriod.parse("2026-06").plus(0));
    }

    @Test
    void monthPeriodsStartOnTheFirstEvenAfterShortMonths() {
        // Moving by months from the first never drifts, even across February.
        PlanPeriod jan = PlanPeriod.parse("2026-01");
        assertEquals(LocalDate.of(2026, 3, 1), jan.plus(2).start());
        assertEquals(LocalDate.of(2027, 1, 1), jan.plus(12).start());
    }

    @Test
    void endIsTheLastDayOfThePeriod() {
        assertEquals(LocalDate.of(2026, 6, 15), PlanPeriod.parse("2026-06-15").end());
        assertEquals(LocalDate.of(2026, 2, 1), PlanPeriod.parse("2026-W05").end());
        assertEquals(LocalDate.of(2026, 2, 28), PlanPeriod.parse("2026-02").end());
        assertEquals(LocalDate.of(2024, 2, 29), PlanPeriod.parse("2024-02").end());
        assertEquals(LocalDate.of(2026, 9, 30), PlanPeriod.parse("2026-Q3").end());
        assertEquals(LocalDate.of(2026, 6, 30), PlanPeriod.parse("2026-H1").end());
        assertEquals(LocalDate.of(2026, 12, 31), PlanPeriod.parse("2026").end());
    }

    @Test
    void containsIncludesBothEndsAndNothingOutside() {
        PlanPeriod q3 = PlanPeriod.parse("2026-Q3");
        assertTrue(q3.contains(LocalDate.of(2026, 7, 1)));
        assertTrue(q3.contains(LocalDate.of(2026, 8, 15)));
        assertTrue(q3.contains(LocalDate.of(2026, 9, 30)));
        assertFalse(q3.contains(LocalDate.of(2026, 6, 30)));
        assertFalse(q3.contains(LocalDate.of(2026, 10, 1)));
        assertFalse(q3.contains(LocalDate.of(2025, 8, 15)));
    }

    @ParameterizedTest
    @EnumSource(Frequency.class)
    void consecutivePeriodsTileTheCalendarWithoutGaps(Frequency frequency) {
        PlanPeriod p = PlanPeriod.containing(frequency, LocalDate.of(2019, 12, 30));
        for (int i = 0; i < 60; i++) {
            PlanPeriod next = p.next();
            assertEquals(p.end().plusDays(1), next.start(), p::toString);
            assertTrue(p.contains(p.start()) && p.contains(p.end()));
            assertEquals(p, PlanPeriod.parse(p.toString()), p::toString);
            p = next;
        }
    }

    @Test
    void compareToOrdersByStartThenFrequency() {
        List<PlanPeriod> periods = new ArrayList<>(List.of(
                PlanPeriod.parse("2026-Q3"), PlanPeriod.parse("2026-07"), PlanPeriod.parse("2026-01"),
                PlanPeriod.parse("2025")));
        periods.sort(null);
        assertEquals(List.of(PlanPeriod.parse("2025"), PlanPeriod.parse("2026-01"), PlanPeriod.parse("2026-07"),
                PlanPeriod.parse("2026-Q3")), periods);
        // Same start, different frequency: not equal, ordered by frequency.
        assertTrue(PlanPeriod.parse("2026-07").compareTo(PlanPeriod.parse("2026-Q3")) < 0);
        assertFalse(PlanPeriod.parse("2026-07").equals(PlanPeriod.parse("2026-Q3")));
    }

    @Test
    void textFormUsesAsciiDigitsWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // A locale whose default digits are not ASCII.
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
            PlanPeriod week = PlanPeriod.parse("2026-W05");
            assertEquals("2026-W05", week.toString());
            assertEquals(week, PlanPeriod.parse(week.toString()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new PlanPeriod(null, LocalDate.of(2026, 1, 1)));
        assertThrows(NullPointerException.class, () -> new PlanPeriod(Frequency.DAY, null));
    }
}
