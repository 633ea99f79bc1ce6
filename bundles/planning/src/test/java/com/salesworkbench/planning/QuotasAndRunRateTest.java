package com.salesworkbench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotasAndRunRateTest {

    static Money usd(String a) {
        return Money.of(a, "USD");
    }

    @Test
    void russianAndChineseYearsHaveTheirOfficialWorkingDays() {
        WorkingCalendar ru = WorkingCalendar.of("RU", null);
        assertEquals(247, ru.workingDays(PlanPeriod.year(2025)));
        assertEquals(247, ru.workingDays(PlanPeriod.year(2026)));
        assertEquals(17, ru.workingDays(PlanPeriod.parse("2025-01")));
        assertEquals(19, ru.workingDays(PlanPeriod.parse("2025-11"))); // 20 weekdays - 3 and 4 Nov + Saturday 1 Nov
        assertEquals(15, ru.workingDays(PlanPeriod.parse("2026-01")));
        assertTrue(ru.isWorkingDay(LocalDate.of(2025, 11, 1)));
        assertFalse(ru.isWorkingDay(LocalDate.of(2026, 3, 9)));
        WorkingCalendar cn = WorkingCalendar.of("CN", null);
        assertEquals(19, cn.workingDays(PlanPeriod.parse("2025-01"))); // 23 weekdays - 5 off + 26 Jan worked
        assertEquals(16, cn.workingDays(PlanPeriod.parse("2026-02"))); // 20 - 6 + 14 and 28 Feb worked
        assertTrue(cn.isWorkingDay(LocalDate.of(2026, 1, 4)));
        for (int y = 2025; y <= 2027; y++) { // every shipped file loads and is consistent
            assertEquals(y, ru.year(y).year());
            assertEquals(y, cn.year(y).year());
        }
        assertEquals("provisional", cn.year(2027).status());
        assertEquals(261, WorkingCalendar.mondayToFriday().workingDays(PlanPeriod.year(2026)));
    }

    @Test
    void yearWithoutFileIsNamedAndAnEditedFileWins(@TempDir Path dir) throws Exception {
        WorkingCalendar ru = WorkingCalendar.of("RU", dir);
        PlanningException e = assertThrows(PlanningException.class, () -> ru.workingDays(PlanPeriod.year(2031)));
        assertTrue(e.getMessage().contains("RU") && e.getMessage().contains("2031")
                && e.getMessage().contains("RU-2031.properties"), e.getMessage());
        assertTrue(e.getLocalizedMessage(Locale.forLanguageTag("ru")).contains("2031"));
        Files.writeString(dir.resolve("RU-2031.properties"), "holidays = 2031-01-01, 2031-01-02\nworking = 2031-01-04\n");
        assertEquals(261 - 2 + 1, WorkingCalendar.of("RU", dir).workingDays(PlanPeriod.year(2031)));
        Files.writeString(dir.resolve("RU-2032.properties"), "holidays = 2032-01-03\n"); // a Saturday
        assertThrows(PlanningException.class, () -> WorkingCalendar.of("RU", dir).year(2032));
    }

    @Test
    void runRateAndProjectedShortfall() {
        // 1 000 000 a year over 247 working days (Russia 2026): about 4 049 a day
        RunRate year = RunRate.of(Money.of("1000000", "RUB"), Money.of("0", "RUB"), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2025, 12, 31), WorkingCalendar.of("RU", null));
        assertEquals(Money.of("4048.58", "RUB"), year.requiredPerDay());
        // a month of 20 working days, target 20 000; 10 days done with 8 000
        RunRate r = RunRate.of(usd("20000"), usd("8000"), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 26),
                LocalDate.of(2026, 6, 12), WorkingCalendar.mondayToFriday());
        assertEquals(20, r.workingDays());
        assertEquals(10, r.elapsedDays());
        assertEquals(usd("1000"), r.requiredPerDay());
        assertEquals(usd("800"), r.actualPerDay());
        assertEquals(usd("16000"), r.projected());
        assertEquals(usd("4000"), r.shortfall());
        assertEquals(usd("1200"), r.requiredForRest());
        assertTrue(r.behind());
        assertThrows(PlanningException.class, () -> RunRate.of(usd("1"), Money.of("1", "EUR"), LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 26), LocalDate.of(2026, 6, 12), WorkingCalendar.mondayToFriday()));
    }

    @Test
    void quotasCoverTheQuarterTarget() {
        PlanPeriod q1 = PlanPeriod.parse("2027-Q1");
        List<Quotas.Quota> quotas = List.of(
                new Quotas.Quota("Carol", PlanPeriod.parse("2027-01"), usd("5000")),
                new Quotas.Quota("Shane", PlanPeriod.parse("2027-01"), usd("3000")),
                new Quotas.Quota("Shane", PlanPeriod.parse("2027-02"), usd("3000")),
                new Quotas.Quota("Shane", PlanPeriod.parse("2027-03"), usd("3000")));
        Quotas.Coverage c = Quotas.cover(q1, usd("30000"), quotas);
        assertFalse(c.covered());
        assertEquals(usd("14000"), c.quotas());
        assertEquals(usd("16000"), c.uncovered());
        // January alone: 8 000 phased, Carol + Shane cover it exactly
        assertTrue(Quotas.cover(PlanPeriod.parse("2027-01"), usd("8000"), quotas).covered());
        PlanningException e = assertThrows(PlanningException.class, () -> Quotas.cover(q1, usd("30000"),
                List.of(new Quotas.Quota("Carol", PlanPeriod.parse("2027-01"), Money.of("5000", "EUR")))));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("Carol") && e.getMessage().contains("EUR"));
    }

    @Test
    void controlPointStatus() {
        Money expected = Quotas.expectedToDate(usd("30000"), 20, 60);
        assertEquals(usd("10000"), expected);
        assertEquals(Quotas.Status.BEHIND, Quotas.status(expected, usd("9000"), new BigDecimal("0.05")));
        assertEquals(Quotas.Status.ON_TRACK, Quotas.status(expected, usd("9600"), new BigDecimal("0.05")));
        assertEquals(Quotas.Status.AHEAD, Quotas.status(expected, usd("10600"), new BigDecimal("0.05")));
    }
}
