package com.salesworkbench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Table 6 of planning.md (seed 001, cost of sales 2014-2019) and section 5 (plan bases). */
class GrowthGoldenTest {

    static Map<String, GrowthAnalysis.Row> rows = new LinkedHashMap<>();
    static Map<String, String[]> expected = new LinkedHashMap<>();

    static {
        List<String[]> csv = Golden.csv("table6-cost-of-sales.csv");
        for (String[] r : csv.subList(1, csv.size())) {
            List<BigDecimal> v = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                v.add(new BigDecimal(r[i]));
            }
            rows.put(r[0], new GrowthAnalysis.Row(r[0], v));
            expected.put(r[0], r);
        }
    }

    @Test
    void growthAndCagrOfEveryRow() {
        for (String item : rows.keySet()) {
            GrowthAnalysis.Result r = GrowthAnalysis.analyse(rows.get(item));
            assertEquals(new BigDecimal(expected.get(item)[7]), GrowthAnalysis.percent(r.growth(), 1), item + " growth");
            assertEquals(new BigDecimal(expected.get(item)[8]), GrowthAnalysis.percent(r.cagr(), 1), item + " CAGR");
        }
        // 1/6 instead of 1/5 would give 6.58% for the total
        assertEquals(new BigDecimal("7.95"), GrowthAnalysis.percent(GrowthAnalysis.cagr(rows.get("total")), 2));
    }

    @Test
    void totalIsTheSumOfThePartsAndStructureShares() {
        GrowthAnalysis.Row total = rows.get("total");
        for (int i = 0; i < 6; i++) {
            BigDecimal sum = rows.get("bears").values().get(i).add(rows.get("mice").values().get(i))
                    .add(rows.get("rascals").values().get(i));
            assertEquals(total.values().get(i), sum);
        }
        List<BigDecimal> bears = GrowthAnalysis.shares(rows.get("bears"), total);
        assertEquals(new BigDecimal("47.06"), GrowthAnalysis.percent(bears.get(0), 2));
        assertEquals(new BigDecimal("66.72"), GrowthAnalysis.percent(bears.get(5), 2));
    }

    @Test
    void yearOnYear() {
        List<BigDecimal> yoy = GrowthAnalysis.yearOnYear(rows.get("total"));
        assertEquals(5, yoy.size());
        assertEquals(new BigDecimal("8.37"), GrowthAnalysis.percent(yoy.get(0), 2)); // 88 426 / 81 600
        assertEquals(new BigDecimal("-10.00"), GrowthAnalysis.percent(GrowthAnalysis.yearOnYear(rows.get("rascals")).get(2), 2)); // 11 520 / 12 800
    }

    @Test
    void costFasterThanRevenueFlag() {
        GrowthAnalysis.Row revenue = new GrowthAnalysis.Row("revenue", Arrays.asList(new BigDecimal("200000"),
                new BigDecimal("230000"), new BigDecimal("240000"), new BigDecimal("260000"), new BigDecimal("270000"),
                new BigDecimal("280000")));
        List<Integer> flags = GrowthAnalysis.costFasterThanRevenue(rows.get("total"), revenue);
        // whole period: cost +46.6% against revenue +40%; years 2016 (+8.9% vs +4.3%), 2018 (+7.3% vs +3.8%), 2019
        assertEquals(List.of(0, 2, 4, 5), flags);
    }

    @Test
    void badRowsNamed() {
        PlanningException e = assertThrows(PlanningException.class,
                () -> GrowthAnalysis.growth(new GrowthAnalysis.Row("gnomes", List.of(BigDecimal.ZERO, BigDecimal.TEN))));
        assertTrue(e.getMessage().contains("gnomes"));
    }

    @Test
    void planBasesSyntheticCheck() {
        BigDecimal rate = PlanBases.marginalProfitRate(new BigDecimal("600"), new BigDecimal("1000"));
        assertEquals(0, rate.compareTo(new BigDecimal("40")));
        assertEquals(0, PlanBases.breakEven(new BigDecimal("300"), new BigDecimal("100"), rate).compareTo(new BigDecimal("1000")));
        assertEquals(0, PlanBases.assetTurnover(new BigDecimal("500"), new BigDecimal("2.5")).compareTo(new BigDecimal("1250")));
        assertEquals(0, PlanBases.netMargin(new BigDecimal("80"), new BigDecimal("8")).compareTo(new BigDecimal("1000")));
        assertEquals(0, PlanBases.valueAdded(new BigDecimal("10"), new BigDecimal("40"), new BigDecimal("40")).compareTo(new BigDecimal("1000")));
        assertEquals(0, PlanBases.receivableDays(new BigDecimal("200"), new BigDecimal("100"), new BigDecimal("5")).compareTo(new BigDecimal("60")));
        assertThrows(PlanningException.class, () -> PlanBases.breakEven(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO));
    }
}
