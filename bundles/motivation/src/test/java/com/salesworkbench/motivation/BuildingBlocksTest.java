package com.salesworkbench.motivation;

import static com.salesworkbench.motivation.Fixtures.figures;
import static com.salesworkbench.motivation.GoldenTest.JAN;
import static com.salesworkbench.motivation.GoldenTest.assertMoney;
import static com.salesworkbench.motivation.GoldenTest.line;
import static com.salesworkbench.motivation.GoldenTest.scheme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.NewerSchemaException;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every building block of section 2 and the bad-input rules. */
class BuildingBlocksTest {
    final PayEngine engine = Fixtures.engine();

    static final String SCALE = "{\"id\":\"scale\",\"type\":\"plan-scale\",\"parameters\":{\"targetIncentive\":10000,"
            + "\"checkpoints\":[{\"at\":0.25,\"share\":0.1},{\"at\":0.5,\"share\":0.3},{\"at\":0.75,\"share\":0.6},{\"at\":1.0,\"share\":1.0}],"
            + "\"above\":[{\"from\":1.0,\"rate\":0.05},{\"from\":1.2,\"rate\":0.08}]}}";

    @Test
    void planScaleCheckpointsAndProgressiveRateAbovePlan() throws Exception {
        PayScheme s = scheme(SCALE);
        assertMoney(BigDecimal.ZERO, engine.evaluate(s, "r", JAN, figures("plan", 100000, "actual", 20000)).total().amount());
        assertMoney(new BigDecimal("1000"), engine.evaluate(s, "r", JAN, figures("plan", 100000, "actual", 25000)).total().amount());
        assertMoney(new BigDecimal("3000"), engine.evaluate(s, "r", JAN, figures("plan", 100000, "actual", 74999)).total().amount());
        assertMoney(new BigDecimal("6000"), engine.evaluate(s, "r", JAN, figures("plan", 100000, "actual", 75000)).total().amount());
        assertMoney(new BigDecimal("10000"), engine.evaluate(s, "r", JAN, figures("plan", 100000, "actual", 100000)).total().amount());
        // 130%: 20 000 x 5% + 10 000 x 8% = 1 800 on top
        assertMoney(new BigDecimal("11800"), engine.evaluate(s, "r", JAN, figures("plan", 100000, "actual", 130000)).total().amount());
    }

    @Test
    void finesForAMissedMonthAndForMissedKpis() throws Exception {
        PayScheme s = scheme("{\"id\":\"missed\",\"type\":\"fine\",\"parameters\":{\"below\":0.8,\"amount\":3000}},"
                + "{\"id\":\"kpis\",\"type\":\"fine\",\"parameters\":{\"metric\":\"missedKpis\",\"atLeast\":3,\"amount\":1000}}");
        Statement st = engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 79, "missedKpis", 3));
        assertMoney(new BigDecimal("-4000"), st.total().amount());
        assertMoney(BigDecimal.ZERO, engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 80, "missedKpis", 2)).total().amount());
    }

    static final String KPI = "{\"id\":\"kpi\",\"type\":\"kpi-matrix\",\"parameters\":{\"targetIncentive\":20000,"
            + "\"kpis\":[{\"name\":\"sales\",\"weight\":60,\"threshold\":0.5,\"cap\":1.5},"
            + "{\"name\":\"margin\",\"weight\":40,\"threshold\":0.8,\"rampFrom\":0.5,\"cap\":1.2}],"
            + "\"gate\":{\"on\":\"attainment\",\"min\":0.8}}}";

    @Test
    void kpiMatrixWithWeightsThresholdRampCapAndGate() throws Exception {
        PayScheme s = scheme(KPI);
        // sales 110%, margin 90% (ramp: 0.5 + 0.5 x (0.9-0.8)/0.2 = 0.75): 20 000 x (0.6 x 1.1 + 0.4 x 0.75) = 19 200
        Statement st = engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 110, "kpi.sales", 1.1, "margin.actual", 90, "margin.plan", 100));
        assertMoney(new BigDecimal("19200"), st.total().amount());
        // caps: sales 200% -> 1.5, margin 150% -> 1.2: 20 000 x (0.9 + 0.48) = 27 600
        assertMoney(new BigDecimal("27600"), engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 200, "kpi.sales", 2,
                "kpi.margin", 1.5)).total().amount());
        // below threshold the KPI scores 0; gate closed below 80% of plan
        assertMoney(new BigDecimal("0"), engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 79, "kpi.sales", 0.79,
                "kpi.margin", 1)).total().amount());
        PayScheme weighted = scheme(KPI.replace("\"on\":\"attainment\",\"min\":0.8", "\"on\":\"weighted\",\"min\":0.9"));
        assertMoney(BigDecimal.ZERO, engine.evaluate(weighted, "r", JAN, figures("plan", 100, "actual", 100, "kpi.sales", 0.9,
                "kpi.margin", 0.85)).total().amount());
    }

    @Test
    void weightsNotAddingUpNameTheRuleAndOtherRulesStillCompute() throws Exception {
        PayScheme s = scheme(KPI.replace("\"weight\":40", "\"weight\":30") + ",{\"id\":\"acc\",\"type\":\"accelerator\",\"parameters\":{\"targetIncentive\":1000,\"factor\":2}}");
        Statement st = engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 100, "kpi.sales", 1, "kpi.margin", 1));
        assertFalse(st.complete());
        assertEquals("kpi", st.problems().get(0).subject());
        assertTrue(st.problems().get(0).message().contains("add to 90"), st.problems().get(0).message());
        assertMoney(new BigDecimal("1000"), line(s.rules().size() > 0 ? withoutProblems(st) : st, "acc").amount().amount());
    }

    private static Statement withoutProblems(Statement st) {
        return new Statement(st.person(), st.period(), st.scheme(), st.revision(), st.lines(), st.total(), List.of());
    }

    @Test
    void tiersOutOfOrderAreRefusedByName() throws Exception {
        PayScheme s = scheme("{\"id\":\"t\",\"type\":\"marginal-tiers\",\"parameters\":{\"tiers\":[{\"upTo\":150000,\"rate\":0.04},{\"upTo\":100000,\"rate\":0.05},{\"rate\":0.06}]}}");
        Statement st = engine.evaluate(s, "r", JAN, figures("plan", 1, "actual", 1));
        assertEquals("error.tierOrder", st.problems().get(0).key());
        assertTrue(st.problems().get(0).message().contains("Rule 't': tier 2 ends at 100000"), st.problems().get(0).message());
    }

    @Test
    void capsAndLeverage() throws Exception {
        PayScheme s = new PayScheme("capped", 1, new BigDecimal("50000"), new BigDecimal("50000"), "RUB", null, List.of(
                new RuleSpec("acc", "accelerator", Map.of("factor", 2)),
                new RuleSpec("cap", "cap", Map.of("max", 150000))));
        assertMoney(new BigDecimal("150000"), engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 200)).total().amount());
        assertMoney(new BigDecimal("125000"), engine.evaluate(s, "r", JAN, figures("plan", 100, "actual", 125)).total().amount());
        assertMoney(new BigDecimal("100000"), s.ote());
        assertMoney(new BigDecimal("0.5"), s.fixedShare());
        PayScheme variableCap = s.withRule(new RuleSpec("cap", "cap", Map.of("variableMax", 60000)));
        assertMoney(new BigDecimal("110000"), engine.evaluate(variableCap, "r", JAN, figures("plan", 100, "actual", 200)).total().amount());
    }

    @Test
    void headOfSalesDepartmentMilestonesWithMargin() throws Exception {
        PayScheme s = scheme("{\"id\":\"dept\",\"type\":\"department-milestones\",\"parameters\":{\"minMargin\":0.2,"
                + "\"milestones\":[{\"at\":1.0,\"bonus\":20000},{\"at\":1.1,\"bonus\":10000},{\"at\":1.2,\"bonus\":10000}]}}");
        assertMoney(new BigDecimal("30000"), engine.evaluate(s, "head", JAN, figures("plan", 1, "actual", 1,
                "department.plan", 1000000, "department.actual", 1150000, "department.margin", 0.25)).total().amount());
        assertMoney(BigDecimal.ZERO, engine.evaluate(s, "head", JAN, figures("plan", 1, "actual", 1,
                "department.plan", 1000000, "department.actual", 1150000, "department.margin", 0.15)).total().amount());
    }

    @Test
    void equalPlansGiveEveryRepTheSamePlan() throws Exception {
        PayScheme s = new PayScheme("eq", 1, BigDecimal.ZERO, BigDecimal.ZERO, "RUB", new BigDecimal("100000"), List.of(
                new RuleSpec("pay", "attainment", Map.of("targetIncentive", 10000))));
        Statement st = engine.evaluate(s, "r", JAN, figures("plan", 50000, "actual", 120000));
        assertMoney(new BigDecimal("12000"), st.total().amount());
    }

    @Test
    void aMissingRuleTypeIsNamedAndAMissingRepDoesNotStopTheOthers() throws Exception {
        PayScheme s = scheme("{\"id\":\"bonus\",\"type\":\"client-special\",\"parameters\":{}},"
                + "{\"id\":\"acc\",\"type\":\"accelerator\",\"parameters\":{\"targetIncentive\":1000,\"factor\":2}}");
        Map<String, Map<String, BigDecimal>> team = new LinkedHashMap<>();
        team.put("ivanov", figures("plan", 100, "actual", 100));
        team.put("petrov", figures("plan", 100));
        team.put("sidorov", figures("plan", 100, "actual", 50));
        TeamResult r = engine.evaluateTeam(s, JAN, team);
        assertEquals(2, r.statements().size());
        assertMoney(new BigDecimal("1500"), r.totalCost().amount());
        assertTrue(r.problems().stream().anyMatch(p -> p.subject().equals("petrov") && p.message().equals("No actual figures for petrov")));
        assertTrue(r.problems().stream().anyMatch(p -> p.subject().equals("ivanov/bonus")
                && p.message().contains("no installed bundle provides the rule type 'client-special'")));
    }

    @Test
    void aSchemeFromANewerVersionIsRefusedAndLeftUntouched(@TempDir Path dir) throws Exception {
        Workspace ws = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = ws.create(new ClientId("acme"));
        PayScheme s = scheme(SCALE);
        c.save(PaySchemes.path("standard"), PaySchemes.SCHEME, s);
        assertEquals(s, c.read(PaySchemes.path("standard"), PaySchemes.SCHEME));
        Path file;
        try (var files = Files.walk(c.folder())) {
            file = files.filter(p -> p.toString().contains("standard") && !p.toString().contains(".history") && Files.isRegularFile(p)).findFirst().orElseThrow();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String newer = text.replaceFirst("\"schemaVersion\"\\s*:\\s*1", "\"schemaVersion\" : 2");
        assertTrue(!newer.equals(text), text);
        Files.writeString(file, newer, StandardCharsets.UTF_8);
        assertThrows(NewerSchemaException.class, () -> c.read(PaySchemes.path("standard"), PaySchemes.SCHEME));
        assertEquals(newer, Files.readString(file, StandardCharsets.UTF_8));
    }
}
