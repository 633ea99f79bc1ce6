package com.salesworkbench.motivation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The eleven presets on a made-up team (anna, boris: north; vera, gleb: south) whose winners are known. */
class ContestsTest {
    static List<Activity> team;
    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @BeforeAll
    static void load() throws Exception {
        try (var r = new InputStreamReader(ContestsTest.class.getResourceAsStream("team-activity.csv"), StandardCharsets.UTF_8)) {
            team = ActivityCsv.read(r);
        }
    }

    static List<String> winners(String preset) {
        return Contests.evaluate(Contests.preset(preset), team, MARCH).winners();
    }

    @Test
    void elevenPresets() {
        assertEquals(11, Contests.PRESETS.size());
    }

    @Test
    void individualMaterial() {
        ContestResult over = Contests.evaluate(Contests.preset("overfulfilment-bonus"), team, MARCH);
        assertEquals(List.of("vera"), over.winners());
        assertEquals("money", over.unit(), "every plan is 100 000: ranked in money");
        assertEquals(0, new BigDecimal("110000").compareTo(over.standings().get(0).value()));
        assertEquals(0, new BigDecimal("10000").compareTo(over.contest().money()));
        assertEquals(List.of("anna"), winners("contracts-phone"), "more than 50: boris's 50 is not enough");
        assertEquals(List.of("vera"), winners("calls-certificate"));
        assertEquals(List.of("gleb"), winners("quarter-trip"), "450 000 on 300 000 = 150%");
    }

    @Test
    void individualNonMaterial() {
        assertEquals(List.of("vera"), winners("week-days-off"), "200 000 in the week of 9-15 March");
        assertEquals(List.of("vera"), winners("best-manager"));
        assertEquals(List.of("boris"), winners("meetings-interview"));
        assertEquals(List.of("anna"), winners("vip-hour"), "more than 3: vera's 3 is not enough");
    }

    @Test
    void team() {
        assertEquals(List.of("south"), winners("team-bowling"), "south at 155%, north at 110%");
        assertEquals(List.of("north"), winners("team-calls-bonus"), "north 500 -> 700 calls (+40%), south 600 -> 700");
        assertEquals(List.of("north"), winners("team-party"), "north 12 million, south 9 million");
    }

    @Test
    void overfulfilmentRanksInPercentWhenPlansDiffer() {
        List<Activity> data = new ArrayList<>();
        LocalDate d = LocalDate.of(2026, 3, 1);
        data.add(new Activity("anna", "n", d, "plan", new BigDecimal("100000")));
        data.add(new Activity("anna", "n", d, "sales", new BigDecimal("130000")));
        data.add(new Activity("boris", "n", d, "plan", new BigDecimal("50000")));
        data.add(new Activity("boris", "n", d, "sales", new BigDecimal("70000")));
        ContestResult r = Contests.evaluate(Contests.preset("overfulfilment-bonus"), data, MARCH);
        assertEquals("percent", r.unit());
        assertEquals(List.of("boris"), r.winners(), "40% beats 30% although anna's 30 000 beat boris's 20 000");
    }

    @Test
    void badCsvRowsAreNamed() {
        var e = assertThrows(PayException.class, () -> ActivityCsv.read(new StringReader(ActivityCsv.HEADER + "\nanna,n,2026-13-01,sales,1\n")));
        assertTrue(e.getMessage().startsWith("Line 2: date '2026-13-01'"), e.getMessage());
        e = assertThrows(PayException.class, () -> ActivityCsv.read(new StringReader(ActivityCsv.HEADER + "\nanna,n,2026-03-01,sales,x\n")));
        assertTrue(e.getMessage().contains("value 'x'"), e.getMessage());
    }
}
