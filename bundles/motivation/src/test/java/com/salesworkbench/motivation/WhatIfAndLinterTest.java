package com.salesworkbench.motivation;

import static com.salesworkbench.motivation.Fixtures.figures;
import static com.salesworkbench.motivation.GoldenTest.JAN;
import static com.salesworkbench.motivation.GoldenTest.assertMoney;
import static com.salesworkbench.motivation.GoldenTest.scheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class WhatIfAndLinterTest {
    final PayEngine engine = Fixtures.engine();

    static Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> team() {
        Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> t = new TreeMap<>();
        t.put("anna", new TreeMap<>(Map.of(JAN, figures("plan", 100000, "actual", 130000), JAN.next(), figures("plan", 100000, "actual", 100000))));
        t.put("boris", new TreeMap<>(Map.of(JAN, figures("plan", 100000, "actual", 50000), JAN.next(), figures("plan", 100000, "actual", 90000))));
        t.put("gleb", new TreeMap<>(Map.of(JAN, figures("plan", 100000))));
        return t;
    }

    @Test
    void changingTheAcceleratorShowsEveryRepAndTheCostOfSales() throws Exception {
        PayScheme a = scheme("{\"id\":\"acc\",\"type\":\"accelerator\",\"parameters\":{\"targetIncentive\":10000,\"factor\":1.5}}");
        PayScheme b = WhatIf.with(a, "acc.factor", new BigDecimal("3"));
        WhatIf.Comparison c = WhatIf.compare(engine, a, b, team());
        // anna: 14 500 + 10 000 under A; 19 000 + 10 000 under B; boris 5 000 + 9 000 under both
        assertEquals(3, c.rows().size());
        assertMoney(new BigDecimal("24500"), c.a().pay().get("anna").amount());
        assertMoney(new BigDecimal("29000"), c.b().pay().get("anna").amount());
        assertMoney(new BigDecimal("4500"), c.rows().get(0).difference());
        assertMoney(BigDecimal.ZERO, c.rows().get(1).difference());
        assertEquals(null, c.rows().get(2).b(), "gleb has no actuals: named, not computed");
        assertEquals("gleb", c.b().problems().get(0).subject());
        assertMoney(new BigDecimal("38500"), c.a().totalPay().amount());
        // cost of sales = 38 500 / 370 000
        assertMoney(new BigDecimal("0.104054"), c.a().costOfSales().orElseThrow());
        assertEquals(1, a.rules().get(0).parameters().get("factor") instanceof Number ? 1 : 0, "the original is untouched");
    }

    @Test
    void whatIfPathsReachListItems() throws Exception {
        PayScheme s = scheme(BuildingBlocksTest.KPI);
        PayScheme t = WhatIf.with(s, "kpi.kpis.2.weight", new BigDecimal("30"));
        assertEquals(new BigDecimal("30"), ((Map<?, ?>) ((List<?>) t.rule("kpi").parameters().get("kpis")).get(1)).get("weight"));
        var e = org.junit.jupiter.api.Assertions.assertThrows(PayException.class, () -> WhatIf.with(s, "kpi.kpis.3.weight", BigDecimal.ONE));
        assertTrue(e.getMessage().contains("from 1 to 2"), e.getMessage());
    }

    static List<SchemeLinter.Finding> of(List<SchemeLinter.Finding> all, String kind) {
        return all.stream().filter(f -> f.kind().equals(kind)).toList();
    }

    @Test
    void cliffsAtCheckpoints() throws Exception {
        PayScheme s = new PayScheme("cp", 1, new BigDecimal("30000"), new BigDecimal("20000"), "RUB", null, List.of(new RuleSpec("scale",
                "plan-scale", Map.of("checkpoints", List.of(Map.of("at", 0.25, "share", 0.1), Map.of("at", 0.5, "share", 0.3),
                Map.of("at", 0.75, "share", 0.6), Map.of("at", 1.0, "share", 1.0))))));
        var cliffs = of(SchemeLinter.lint(engine, s, null), "cliff");
        assertEquals(1, cliffs.size(), cliffs::toString);
        assertEquals("Rule 'scale': a cliff from 49% to 50% of plan changes pay by 4000.00 (more than 5% of OTE 50000)", cliffs.get(0).message());
    }

    @Test
    void leverageWeightsTiersAndGates() throws Exception {
        PayScheme s = new PayScheme("lev", 1, new BigDecimal("10000"), new BigDecimal("40000"), "RUB", null, List.of(
                new RuleSpec("acc", "accelerator", Map.of("factor", 2)),
                new RuleSpec("kpi", "kpi-matrix", Map.of("targetIncentive", 0, "kpis", List.of(Map.of("name", "a", "weight", 60),
                        Map.of("name", "b", "weight", 30)), "gate", Map.of("on", "attainment", "min", 0.8))),
                new RuleSpec("tiers", "marginal-tiers", Map.of("tiers", List.of(Map.of("upTo", 100000, "rate", 0.01),
                        Map.of("from", 120000, "upTo", 200000, "rate", 0.02), Map.of("from", 150000, "rate", 0.03))))));
        // 10 000 + accelerator at 300% (40 000 + 2 x 40 000 x 2 = 200 000) + tiers on 3 000 000 (1 000 + 2 000 + 84 000)
        var all = SchemeLinter.lint(engine, s, List.of(new BigDecimal("0.7"), new BigDecimal("0.75"), new BigDecimal("0.78"),
                new BigDecimal("0.85"), new BigDecimal("0.9")));
        assertEquals("Leverage (base + maximum incentive) / base = 297000.00 / 10000 = 29.70 (at 300% of plan), above 3",
                of(all, "leverage").get(0).message());
        assertEquals("Rule 'kpi': KPI weights add to 90, not 100%", of(all, "weights").get(0).message());
        assertEquals("Rule 'tiers': gap between tier 1 (up to 100000) and tier 2 (from 120000)", of(all, "gap").get(0).message());
        assertEquals("Rule 'tiers': tier 3 (from 150000) overlaps tier 2 (up to 200000)", of(all, "overlap").get(0).message());
        assertEquals("Rule 'kpi': gate at 80% of plan is above most reps' usual attainment: 40% of rep-months reach it (median 78.0%)",
                of(all, "gate").get(0).message());
    }
}
