package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void weekdaysLessHolidays() {
        assertEquals(22, WorkingDays.count(PlanPeriod.parse("2026-01"), Set.of()));
        assertEquals(20, WorkingDays.count(PlanPeriod.parse("2026-01"), Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2),
                LocalDate.of(2026, 1, 3))));
        assertEquals(5, WorkingDays.count(PlanPeriod.parse("2026-W10"), Set.of()));
        assertArrayEquals(new double[] {20, 22}, WorkingDays.of(new TimeSeries("s", PlanPeriod.parse("2026-02"), new double[2]), Set.of()), 0);
    }
}
