package com.salesworkbench.motivation;

import static com.salesworkbench.motivation.Fixtures.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.workspace.Json;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The GOLDEN numbers of motivation.md, each through a scheme read from JSON and the engine. */
class GoldenTest {
    static final PlanPeriod JAN = PlanPeriod.month(YearMonth.of(2026, 1));
    final PayEngine engine = Fixtures.engine();

    static PayScheme scheme(String rulesJson) throws Exception {
        return Json.mapper().readValue("{\"name\":\"t\",\"revision\":3,\"fixed\":0,\"targetVariable\":0,\"currency\":\"RUB\","
                + "\"rules\":[" + rulesJson + "]}", PayScheme.class);
    }

    static void assertMoney(BigDecimal expected, BigDecimal actual) {
        assertEquals(0, expected.compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }

    static PayLine line(Statement s, String rule) {
        assertTrue(s.complete(), () -> s.problems().toString());
        return s.lines().stream().filter(l -> l.ruleId().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void marginalTiers1100() throws Exception {
        PayScheme s = scheme("{\"id\":\"tiers\",\"type\":\"marginal-tiers\",\"parameters\":{\"tiers\":[{\"upTo\":150000,\"rate\":0.04},{\"rate\":0.06}]}}");
        Statement st = engine.evaluate(s, "rep", JAN, figures("plan", 100000, "actual", Golden.get("marginal.deal"),
                "booked", Golden.get("marginal.booked")));
        PayLine l = line(st, "tiers");
        assertMoney(Golden.get("marginal.expected"), l.amount().amount());
        assertMoney(new BigDecimal("5000"), l.inputs().get("tier1.sales"));
        assertMoney(new BigDecimal("15000"), l.inputs().get("tier2.sales"));
        assertEquals(2, l.amount().amount().scale(), "money rounded to the minor unit");
        assertEquals(3, st.revision());
    }

    @Test
    void retroactiveTiersApplyTheHighestRateToAllSales() throws Exception {
        PayScheme s = scheme("{\"id\":\"tiers\",\"type\":\"retroactive-tiers\",\"parameters\":{\"tiers\":[{\"upTo\":150000,\"rate\":0.04},{\"rate\":0.06}]}}");
        Statement st = engine.evaluate(s, "rep", JAN, figures("plan", 100000, "actual", 20000, "booked", 145000));
        assertMoney(new BigDecimal("1200"), line(st, "tiers").amount().amount());
    }

    @Test
    void accelerator145000() throws Exception {
        PayScheme s = scheme("{\"id\":\"acc\",\"type\":\"accelerator\",\"parameters\":{\"targetIncentive\":100000,\"factor\":1.5}}");
        BigDecimal plan = new BigDecimal("1000000");
        Statement st = engine.evaluate(s, "rep", JAN, figures("plan", plan, "actual",
                plan.multiply(Golden.get("accelerator.attainment"))));
        assertMoney(Golden.get("accelerator.expected"), st.total().amount());
    }

    @Test
    void decelerator17500() throws Exception {
        PayScheme s = scheme("{\"id\":\"dec\",\"type\":\"decelerator\",\"parameters\":{\"rate\":0.10,\"threshold\":0.8,\"factor\":0.5}}");
        Statement st = engine.evaluate(s, "rep", JAN, figures("plan", Golden.get("decelerator.plan"), "actual",
                Golden.get("decelerator.actual")));
        assertMoney(Golden.get("decelerator.expected"), line(st, "dec").amount().amount());
        Statement above = engine.evaluate(s, "rep", JAN, figures("plan", 500000, "actual", 400000));
        assertMoney(new BigDecimal("40000"), above.total().amount());
    }

    @Test
    void recoverableDrawCarriesTheShortfall() throws Exception {
        // the commission comes from a figure so that the example's numbers are used as they are
        PayScheme s = scheme("{\"id\":\"draw\",\"type\":\"draw\",\"parameters\":{\"draw\":1500,\"recoverable\":true,\"commissionFigure\":\"commission\"}},"
                + "{\"id\":\"pay\",\"type\":\"attainment\",\"parameters\":{\"targetIncentive\":0}}");
        var months = new TreeMap<PlanPeriod, Map<String, BigDecimal>>();
        months.put(JAN, figures("plan", 1, "actual", 1, "commission", Golden.get("draw.month1.commission")));
        months.put(JAN.next(), figures("plan", 1, "actual", 1, "commission", Golden.get("draw.month2.commission")));
        List<Statement> st = engine.evaluatePeriods(s, "rep", months);
        PayLine m1 = line(st.get(0), "draw");
        assertMoney(Golden.get("draw.month1.paid"), m1.inputs().get("paid"));
        assertMoney(Golden.get("draw.month1.balance"), m1.inputs().get("carry.balance"));
        PayLine m2 = line(st.get(1), "draw");
        assertMoney(Golden.get("draw.month2.paid"), m2.inputs().get("paid"));
        assertMoney(BigDecimal.ZERO, m2.inputs().get("carry.balance"));
    }

    @Test
    void drawOnTheCommissionLinesAbove() throws Exception {
        // commission of the lines above: 500 then 3 000 (decelerator-free flat rate of 10%)
        PayScheme s = scheme("{\"id\":\"comm\",\"type\":\"decelerator\",\"parameters\":{\"rate\":0.1,\"threshold\":0,\"factor\":1}},"
                + "{\"id\":\"draw\",\"type\":\"draw\",\"parameters\":{\"draw\":1500}}");
        var months = new TreeMap<PlanPeriod, Map<String, BigDecimal>>();
        months.put(JAN, figures("plan", 10000, "actual", 5000));
        months.put(JAN.next(), figures("plan", 10000, "actual", 30000));
        List<Statement> st = engine.evaluatePeriods(s, "rep", months);
        assertMoney(new BigDecimal("1500"), st.get(0).total().amount());
        assertMoney(new BigDecimal("2000"), st.get(1).total().amount());
        PayScheme nonRecoverable = scheme("{\"id\":\"comm\",\"type\":\"decelerator\",\"parameters\":{\"rate\":0.1,\"threshold\":0,\"factor\":1}},"
                + "{\"id\":\"draw\",\"type\":\"draw\",\"parameters\":{\"draw\":1500,\"recoverable\":false}}");
        List<Statement> nr = engine.evaluatePeriods(nonRecoverable, "rep", months);
        assertMoney(new BigDecimal("1500"), nr.get(0).total().amount());
        assertMoney(new BigDecimal("3000"), nr.get(1).total().amount());
    }

    @Test
    void clawbackHalfAtMonthSixOfTwelve() throws Exception {
        PayScheme s = scheme("{\"id\":\"cb\",\"type\":\"clawback\",\"parameters\":{\"termMonths\":12,\"mode\":\"pro-rata\"}}");
        Statement st = engine.evaluate(s, "rep", JAN, figures("plan", 1, "actual", 1, "cancelled.commission", 8000,
                "cancelled.month", Golden.get("clawback.month")));
        PayLine l = line(st, "cb");
        assertMoney(Golden.get("clawback.share"), l.inputs().get("share"));
        assertMoney(new BigDecimal("-4000"), l.amount().amount());
        PayScheme full = scheme("{\"id\":\"cb\",\"type\":\"clawback\",\"parameters\":{\"termMonths\":12,\"windowMonths\":6,\"mode\":\"full\"}}");
        assertMoney(new BigDecimal("-8000"), engine.evaluate(full, "rep", JAN, figures("plan", 1, "actual", 1,
                "cancelled.commission", 8000, "cancelled.month", 6)).total().amount());
        assertMoney(BigDecimal.ZERO, engine.evaluate(full, "rep", JAN, figures("plan", 1, "actual", 1,
                "cancelled.commission", 8000, "cancelled.month", 7)).total().amount());
    }
}
