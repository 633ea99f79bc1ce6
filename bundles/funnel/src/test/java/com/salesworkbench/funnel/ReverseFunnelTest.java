package com.salesworkbench.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.funnel.ReverseFunnel.Activity;
import com.salesworkbench.funnel.ReverseFunnel.Step;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ReverseFunnelTest {

    static final YearMonth JUNE = YearMonth.of(2027, 6);

    private static List<Step> steps(int leadDays, int meetingDays, int opportunityDays) {
        return List.of(
                new Step("lead", new BigDecimal("0.80"), leadDays, Activity.CALL),
                new Step("meeting", new BigDecimal("0.40"), meetingDays, Activity.MEETING),
                new Step("opportunity", new BigDecimal("0.10"), opportunityDays, Activity.VISIT));
    }

    private static SortedMap<YearMonth, BigDecimal> target(YearMonth m, BigDecimal v) {
        SortedMap<YearMonth, BigDecimal> t = new TreeMap<>();
        t.put(m, v);
        return t;
    }

    @Test
    void theIllustrationGivesOneHundredDealsAndTheGoldenUpstreamCounts() {
        var plan = ReverseFunnel.plan(target(JUNE, Golden.number("reverse.target")), Golden.number("reverse.deal"),
                steps(0, 0, 0), new ReverseFunnel.Capacity(1, new BigDecimal("4"), 20));
        assertEquals(0, Golden.number("reverse.deals").compareTo(plan.total(ReverseFunnel.DEALS)));
        assertEquals(0, Golden.number("reverse.stage1").compareTo(plan.total("opportunity")));
        assertEquals(0, Golden.number("reverse.stage2").compareTo(plan.total("meeting")));
        assertEquals(0, Golden.number("reverse.stage3").compareTo(plan.total("lead")));
        assertEquals(List.of("deals", "opportunity", "meeting", "lead"),
                plan.needs().stream().map(ReverseFunnel.Need::stage).toList());
        assertEquals(3125, plan.needs().get(3).required());
    }

    @Test
    void stagesAreShiftedEarlierByTheirDurations() {
        // deals close mid-June; opportunities need 30 days (-> May), meetings 20 more (-> April), leads 10 more
        var plan = ReverseFunnel.plan(target(JUNE, new BigDecimal("10000000")), new BigDecimal("100000"),
                steps(10, 20, 30), new ReverseFunnel.Capacity(2, new BigDecimal("4"), 20));
        var byStage = new TreeMap<String, YearMonth>();
        plan.needs().forEach(n -> byStage.put(n.stage(), n.month()));
        assertEquals(JUNE, byStage.get("deals"));
        assertEquals(YearMonth.of(2027, 5), byStage.get("opportunity"));
        assertEquals(YearMonth.of(2027, 4), byStage.get("meeting"));
        assertEquals(YearMonth.of(2027, 4), byStage.get("lead"));
        var lead = plan.needs().stream().filter(n -> n.stage().equals("lead")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("1562.5").compareTo(lead.perRep()));
    }

    @Test
    void perRepActivityIsHeldAgainstCapacity() {
        // 1000 opportunities (visits) in May for 10 reps = 100 visits each > 80 capacity: overloaded
        var plan = ReverseFunnel.plan(target(JUNE, new BigDecimal("10000000")), new BigDecimal("100000"),
                steps(10, 20, 30), new ReverseFunnel.Capacity(10, new BigDecimal("4"), 20));
        var may = plan.load().stream().filter(l -> l.month().equals(YearMonth.of(2027, 5))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("100").compareTo(may.visitsPerRep()));
        assertEquals(0, new BigDecimal("80").compareTo(may.capacityPerRep()));
        assertTrue(may.overloaded());
        // April: 2500 meetings / 10 reps = 250 visits > 80; 3125 leads by phone / 10 reps / 20 days = 15.625 calls a day
        var april = plan.load().stream().filter(l -> l.month().equals(YearMonth.of(2027, 4))).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("15.625").compareTo(april.callsPerRepDay()));
        var enough = ReverseFunnel.plan(target(JUNE, new BigDecimal("1000000")), new BigDecimal("100000"),
                steps(10, 20, 30), new ReverseFunnel.Capacity(10, new BigDecimal("4"), 20));
        assertFalse(enough.load().stream().anyMatch(ReverseFunnel.MonthLoad::overloaded));
    }

    @Test
    void monthlyTargetsEachGetTheirOwnShiftedNeeds() {
        SortedMap<YearMonth, BigDecimal> t = new TreeMap<>();
        t.put(YearMonth.of(2027, 6), new BigDecimal("1000000"));
        t.put(YearMonth.of(2027, 7), new BigDecimal("2000000"));
        var plan = ReverseFunnel.plan(t, new BigDecimal("100000"), steps(0, 0, 31),
                new ReverseFunnel.Capacity(1, new BigDecimal("4"), 20));
        var opps = plan.needs().stream().filter(n -> n.stage().equals("opportunity")).toList();
        assertEquals(List.of(YearMonth.of(2027, 5), YearMonth.of(2027, 6)), opps.stream().map(ReverseFunnel.Need::month).toList());
        assertEquals(List.of(100L, 200L), opps.stream().map(ReverseFunnel.Need::required).toList());
    }

    @Test
    void aZeroConversionIsRefusedNamingTheStage() {
        var e = assertThrows(FunnelException.class, () -> new Step("meeting", BigDecimal.ZERO, 5, Activity.MEETING));
        assertEquals("error.zeroConversion", e.key());
        assertTrue(e.getMessage().contains("meeting"));
        assertThrows(FunnelException.class, () -> ReverseFunnel.plan(target(JUNE, BigDecimal.TEN), BigDecimal.ZERO,
                steps(0, 0, 0), new ReverseFunnel.Capacity(1, BigDecimal.ONE, 20)));
    }
}
