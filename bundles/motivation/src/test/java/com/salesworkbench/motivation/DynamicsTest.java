package com.salesworkbench.motivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Daily dynamics on a made-up team where only boris holds January's sales back into February. */
class DynamicsTest {
    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth FEB = YearMonth.of(2026, 2);

    /** Sales on every working day of a month: {@code perDay} gives the amount by the working day's number (1, 2...). */
    static void sell(List<Activity> rows, String person, YearMonth m, IntUnaryOperator perDay) {
        int w = 0;
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            LocalDate date = m.atDay(d);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                rows.add(new Activity(person, "north", date, "sales", BigDecimal.valueOf(perDay.applyAsInt(++w))));
            }
        }
    }

    static void plan(List<Activity> rows, String person, YearMonth m, int plan) {
        rows.add(new Activity(person, "north", m.atDay(1), "plan", BigDecimal.valueOf(plan)));
    }

    /**
     * January 2026 has 22 working days, February 20. anna: 5 000 a day (110%), steady. boris: 3 500 a day in January
     * (77%), then 20 000 on each of February's first 3 working days and 2 000 after. vera: short in January (88%) but
     * steady in February. gleb: above plan in January (132%) with a big deal early in February.
     */
    static List<Activity> team() {
        List<Activity> rows = new ArrayList<>();
        for (String p : List.of("anna", "boris", "vera", "gleb")) {
            plan(rows, p, JAN, 100000);
            plan(rows, p, FEB, 100000);
        }
        sell(rows, "anna", JAN, d -> 5000);
        sell(rows, "anna", FEB, d -> 5000);
        sell(rows, "boris", JAN, d -> 3500);
        sell(rows, "boris", FEB, d -> d <= 3 ? 20000 : 2000);
        sell(rows, "vera", JAN, d -> 4000);
        sell(rows, "vera", FEB, d -> 5000);
        sell(rows, "gleb", JAN, d -> 6000);
        sell(rows, "gleb", FEB, d -> d == 1 ? 40000 : 4000);
        return rows;
    }

    @Test
    void workingDaysAtTheEdges() {
        assertEquals(List.of(28, 29, 30), Dynamics.lastWorkingDays(JAN, 3), "31 January 2026 is a Saturday");
        assertEquals(List.of(2, 3, 4), Dynamics.firstWorkingDays(FEB, 3), "1 February 2026 is a Sunday");
    }

    @Test
    void onlyTheManagerWhoHeldBackIsFlagged() {
        var a = Dynamics.analyse(team(), Dynamics.DEFAULTS);
        assertEquals(List.of("boris"), Dynamics.suspicious(a));
        Dynamics.Month jan = a.get("boris").get(0);
        assertEquals(JAN, jan.month());
        assertEquals(0, new BigDecimal("77000").compareTo(jan.total()));
        assertEquals(new BigDecimal("0.7700"), jan.attainment());
        assertEquals(List.of(Dynamics.Flag.HOLD_BACK), jan.flags());
        // February: 60 000 of 94 000 in its first 3 working days
        assertEquals(new BigDecimal("0.6383"), jan.nextStartShare());
        assertEquals(new BigDecimal("0.1364"), jan.endShare(), "3 of 22 equal days");
        assertEquals(31, jan.cumulative().size());
        assertEquals(0, new BigDecimal("7000").compareTo(jan.cumulative().get(1)), "1 and 2 January are working days");
        assertEquals(0, new BigDecimal("77000").compareTo(jan.cumulative().get(30)));
        Dynamics.Month feb = a.get("boris").get(1);
        assertNull(feb.nextStartShare(), "no March figures");
        assertTrue(feb.flags().isEmpty());
        // vera fell short but sold evenly afterwards; gleb's big early deal followed a month above plan
        assertTrue(a.get("vera").get(0).flags().isEmpty());
        assertTrue(a.get("gleb").get(0).flags().isEmpty());
        // 40 000 + 2 x 4 000 of 116 000
        assertEquals(new BigDecimal("0.4138"), a.get("gleb").get(0).nextStartShare());
    }

    @Test
    void thresholdsAreConfigurable() {
        var strict = new Dynamics.Settings("sales", 3, BigDecimal.ONE, new BigDecimal("0.7"), new BigDecimal("0.5"));
        assertTrue(Dynamics.suspicious(Dynamics.analyse(team(), strict)).isEmpty(), "64% is below a 70% carry threshold");
        var wide = new Dynamics.Settings("sales", 3, new BigDecimal("1.4"), new BigDecimal("0.35"), new BigDecimal("0.5"));
        assertEquals(List.of("boris", "gleb"), Dynamics.suspicious(Dynamics.analyse(team(), wide)), "gleb's 132% is short of 140%");
        var e = assertThrows(PayException.class, () -> new Dynamics.Settings("sales", 0, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        assertEquals("error.dynDays", e.key());
        assertThrows(PayException.class, () -> new Dynamics.Settings("sales", 3, BigDecimal.ONE, new BigDecimal("1.5"), BigDecimal.ONE));
    }

    @Test
    void aMonthEndSpikeIsFlagged() {
        List<Activity> rows = new ArrayList<>();
        sell(rows, "dasha", JAN, d -> d >= 20 ? 30000 : 1000);
        var a = Dynamics.analyse(rows, Dynamics.DEFAULTS);
        Dynamics.Month jan = a.get("dasha").get(0);
        assertEquals(List.of(Dynamics.Flag.SPIKE), jan.flags(), "90 000 of 109 000 in the last 3 working days, no plan");
        assertNull(jan.attainment());
        assertEquals(List.of("dasha"), Dynamics.suspicious(a));
    }
}
