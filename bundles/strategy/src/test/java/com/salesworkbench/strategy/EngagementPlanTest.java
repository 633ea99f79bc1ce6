package com.salesworkbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dates from the start date, and the warning outside 2-6 months of strategy development. */
class EngagementPlanTest {

    static final LocalDate START = LocalDate.of(2027, 2, 1);

    @Test
    void datesFollowFromTheStart() {
        EngagementPlan p = EngagementPlan.standard(START);
        List<EngagementPlan.Bar> bars = p.schedule();
        assertEquals(new EngagementPlan.Bar(0, LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 2)), bars.get(0));
        assertEquals(new EngagementPlan.Bar(1, LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 23)), bars.get(1));
        assertEquals(new EngagementPlan.Bar(2, LocalDate.of(2027, 2, 24), LocalDate.of(2027, 4, 6)), bars.get(2));
        assertEquals(new EngagementPlan.Bar(3, LocalDate.of(2027, 4, 7), LocalDate.of(2027, 5, 18)), bars.get(3));
        assertEquals(new EngagementPlan.Bar(4, LocalDate.of(2027, 5, 19), LocalDate.of(2027, 8, 17)), bars.get(4));
        assertEquals(LocalDate.of(2027, 5, 18), p.developmentEnd());
        assertEquals(3.58, p.developmentMonths(), 0.01);
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void warnsWhenDevelopmentIsShorterThanTwoMonths() {
        EngagementPlan p = EngagementPlan.standard(START).withWeeks(new int[] {2, 2, 2, 13});
        // 2 days + 6 weeks: 2027-02-01 .. 2027-03-16
        assertEquals(LocalDate.of(2027, 3, 16), p.developmentEnd());
        List<EngagementPlan.Warning> w = p.warnings();
        assertEquals("tooShort", w.get(0).code());
        assertEquals(1.5, (double) w.get(0).args().get(0), 0.05);
        assertEquals(List.of("stageRange", "stageRange"), w.subList(1, 3).stream().map(EngagementPlan.Warning::code).toList());
        assertEquals(List.of(2, 2, 4, 8), w.get(1).args());
    }

    @Test
    void warnsWhenDevelopmentIsLongerThanSixMonths() {
        EngagementPlan p = new EngagementPlan(START, 3, EngagementPlan.standard(START).stages()).withWeeks(new int[] {4, 10, 12, 13});
        List<EngagementPlan.Warning> w = p.warnings();
        assertEquals("tooLong", w.get(0).code());
        assertEquals(3, w.size()); // stages 2 and 3 outside 4-8 weeks
    }

    @Test
    void exactlyTwoMonthsIsInsideAndOneDayLessIsNot() {
        // 3 days + 8 weeks = 59 days: 2027-02-01 .. 2027-03-31, exactly two months
        EngagementPlan two = new EngagementPlan(START, 3, EngagementPlan.standard(START).stages()).withWeeks(new int[] {2, 4, 2, 13});
        assertEquals(LocalDate.of(2027, 3, 31), two.developmentEnd());
        assertEquals(List.of("stageRange"), two.warnings().stream().map(EngagementPlan.Warning::code).toList());
        EngagementPlan less = new EngagementPlan(START, 2, EngagementPlan.standard(START).stages()).withWeeks(new int[] {2, 4, 2, 13});
        assertEquals("tooShort", less.warnings().get(0).code());
        // from 2027-01-04, 1 day + 26 weeks ends 2027-07-05, past six months; 1 day + 20 weeks is inside
        EngagementPlan six = new EngagementPlan(LocalDate.of(2027, 1, 4), 1, EngagementPlan.standard(START).stages())
                .withWeeks(new int[] {4, 8, 14, 13});
        assertEquals("tooLong", six.warnings().get(0).code());
        EngagementPlan inside = new EngagementPlan(LocalDate.of(2027, 1, 4), 1, EngagementPlan.standard(START).stages())
                .withWeeks(new int[] {4, 8, 8, 13});
        assertEquals(List.of(), inside.warnings());
    }

    @Test
    void badInputIsRefusedWithItsFigure() {
        assertEquals("error.diagnosticsDays", assertThrows(StrategyException.class,
                () -> new EngagementPlan(START, 5, EngagementPlan.standard(START).stages())).key());
        assertEquals("error.stageWeeks", assertThrows(StrategyException.class,
                () -> EngagementPlan.standard(START).withWeeks(new int[] {3, 0, 6, 13})).key());
        assertEquals("error.engagementStart", assertThrows(StrategyException.class,
                () -> new EngagementPlan(null, 2, EngagementPlan.standard(START).stages())).key());
    }
}
