package com.salesworkbench.api.time;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeSeriesTest {

    private static final PlanPeriod NOV = PlanPeriod.parse("2025-11");

    @Test
    void changingTheInputArrayDoesNotChangeTheSeries() {
        double[] input = {1, 2, 3};
        TimeSeries s = new TimeSeries("sales", NOV, input);
        input[0] = 99;
        assertEquals(1, s.valueAt(0));
        assertArrayEquals(new double[] {1, 2, 3}, s.values());
    }

    @Test
    void changingTheReturnedArrayDoesNotChangeTheSeries() {
        TimeSeries s = new TimeSeries("sales", NOV, new double[] {1, 2, 3});
        s.values()[1] = 99;
        assertEquals(2, s.valueAt(1));
        assertArrayEquals(new double[] {1, 2, 3}, s.values());
    }

    @Test
    void periodsFollowTheStartPeriod() {
        TimeSeries s = new TimeSeries("sales", NOV, new double[] {10, 20, 30});
        assertEquals(Frequency.MONTH, s.frequency());
        assertEquals(3, s.length());
        assertEquals(NOV, s.periodAt(0));
        assertEquals(PlanPeriod.parse("2026-01"), s.periodAt(2));
        // The end is the first period after the data: where a forecast would start.
        assertEquals(PlanPeriod.parse("2026-02"), s.end());
        assertEquals(NOV, new TimeSeries("empty", NOV, new double[0]).end());
    }

    @Test
    void missingObservationsAreNaN() {
        TimeSeries s = new TimeSeries("sales", NOV, new double[] {1, Double.NaN});
        assertTrue(Double.isNaN(s.valueAt(1)));
        // Arrays.equals treats NaN as equal to NaN, so such series still compare equal.
        assertEquals(s, new TimeSeries("sales", NOV, new double[] {1, Double.NaN}));
    }

    @Test
    void equalityComparesIdStartAndValuesByContent() {
        TimeSeries a = new TimeSeries("sales", NOV, new double[] {1, 2, 3});
        TimeSeries b = new TimeSeries("sales", PlanPeriod.parse("2025-11"), new double[] {1, 2, 3});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new TimeSeries("costs", NOV, new double[] {1, 2, 3}));
        assertNotEquals(a, new TimeSeries("sales", NOV.next(), new double[] {1, 2, 3}));
        assertNotEquals(a, new TimeSeries("sales", NOV, new double[] {1, 2, 4}));
        assertNotEquals(a, new TimeSeries("sales", NOV, new double[] {1, 2}));
        assertNotEquals(a, new TimeSeries("sales", PlanPeriod.parse("2025-Q4"), new double[] {1, 2, 3}));
    }

    @Test
    void indexOutsideTheSeriesThrows() {
        TimeSeries s = new TimeSeries("sales", NOV, new double[] {1});
        assertThrows(IndexOutOfBoundsException.class, () -> s.valueAt(1));
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new TimeSeries(null, NOV, new double[0]));
        assertThrows(NullPointerException.class, () -> new TimeSeries("x", null, new double[0]));
        assertThrows(NullPointerException.class, () -> new TimeSeries("x", NOV, null));
    }
}
