package com.salesworkbench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ForecastAndOtherPlansTest {

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static Money usd(String a) {
        return Money.of(a, "USD");
    }

    @Test
    void abcClassesWithDefaultAndCustomThresholds() {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        v.put("x1", d("500"));
        v.put("x2", d("300"));
        v.put("x3", d("100"));
        v.put("x4", d("60"));
        v.put("x5", d("40"));
        Map<String, ForecastAccuracy.AbcClass> c = ForecastAccuracy.abc(v, ForecastAccuracy.AbcThresholds.DEFAULT);
        // cumulative before: 0, 50%, 80%, 90%, 96%
        assertEquals(List.of(ForecastAccuracy.AbcClass.A, ForecastAccuracy.AbcClass.A, ForecastAccuracy.AbcClass.B,
                ForecastAccuracy.AbcClass.B, ForecastAccuracy.AbcClass.C), List.copyOf(c.values()));
        Map<String, ForecastAccuracy.AbcClass> c2 = ForecastAccuracy.abc(v,
                new ForecastAccuracy.AbcThresholds(d("0.5"), d("0.45")));
        assertEquals(ForecastAccuracy.AbcClass.B, c2.get("x2"));
        assertThrows(PlanningException.class, () -> new ForecastAccuracy.AbcThresholds(d("0.9"), d("0.2")));
    }

    @Test
    void tolerancesRollingAndFrozenLag() {
        ForecastAccuracy.Tolerances t = ForecastAccuracy.Tolerances.DEFAULT;
        BigDecimal dev = ForecastAccuracy.deviation("family roses", d("100"), d("125"));
        assertEquals(0, dev.compareTo(d("0.25")));
        assertFalse(ForecastAccuracy.within(dev, t.familyMonthly()));
        assertTrue(ForecastAccuracy.within(dev, t.item()));
        assertTrue(ForecastAccuracy.within(d("2.4"), t.of(ForecastAccuracy.AbcClass.C)));
        Map<YearMonth, BigDecimal> f = Map.of(YearMonth.of(2026, 1), d("100"), YearMonth.of(2026, 2), d("100"),
                YearMonth.of(2026, 3), d("100"));
        Map<YearMonth, BigDecimal> a = Map.of(YearMonth.of(2026, 1), d("125"), YearMonth.of(2026, 2), d("80"),
                YearMonth.of(2026, 3), d("98"));
        BigDecimal r = ForecastAccuracy.rolling3("family roses", f, a, YearMonth.of(2026, 3));
        assertEquals(0, r.compareTo(d("0.01"))); // 303 / 300 - 1
        assertTrue(ForecastAccuracy.within(r, t.familyRolling3()));
        assertThrows(PlanningException.class, () -> ForecastAccuracy.rolling3("x", f, a, YearMonth.of(2026, 4)));

        ForecastAccuracy.Versions v = new ForecastAccuracy.Versions()
                .add(YearMonth.of(2026, 1), Map.of(YearMonth.of(2026, 4), d("100")))
                .add(YearMonth.of(2026, 2), Map.of(YearMonth.of(2026, 4), d("110")))
                .add(YearMonth.of(2026, 3), Map.of(YearMonth.of(2026, 4), d("130")));
        assertEquals(d("110"), v.frozen("roses", YearMonth.of(2026, 4), 2));
        assertEquals(d("100"), v.frozen("roses", YearMonth.of(2026, 4), 3));
        assertEquals(d("130"), v.latest("roses", YearMonth.of(2026, 4)));
        assertThrows(PlanningException.class, () -> v.frozen("roses", YearMonth.of(2026, 4), 4));
    }

    @Test
    void slicesAndPersistentDeviators() {
        List<ForecastAccuracy.Observation> obs = new ArrayList<>();
        for (int m = 1; m <= 4; m++) {
            obs.add(new ForecastAccuracy.Observation(Map.of("rep", "Carol", "region", "North"), YearMonth.of(2026, m),
                    d("100"), d("102")));
            obs.add(new ForecastAccuracy.Observation(Map.of("rep", "Shane", "region", "North"), YearMonth.of(2026, m),
                    d("100"), d("60")));
        }
        List<ForecastAccuracy.Slice> byRegion = ForecastAccuracy.slice(obs, "region");
        assertEquals(1, byRegion.size());
        assertEquals(0, byRegion.get(0).deviation().compareTo(d("-0.19")));
        Map<String, Integer> flagged = ForecastAccuracy.persistentDeviators(obs, "rep", d("0.2"), 3, 3);
        assertEquals(Map.of("Shane", -3), flagged);
    }

    @Test
    void budgetFrozenRevisionsCarryAReason() {
        Budget b = new Budget();
        b.setBudget(YearMonth.of(2026, 6), usd("1000"));
        b.approve();
        assertThrows(PlanningException.class, () -> b.setBudget(YearMonth.of(2026, 6), usd("1200")));
        assertThrows(PlanningException.class,
                () -> b.revise(YearMonth.of(2026, 6), usd("900"), Budget.Reason.UNFORESEEABLE, " "));
        b.revise(YearMonth.of(2026, 6), usd("900"), Budget.Reason.UNFORESEEABLE, "supplier fire");
        assertEquals(usd("1000"), b.budget(YearMonth.of(2026, 6)));
        assertEquals(usd("-100"), b.variance(YearMonth.of(2026, 6)));
        assertEquals(Budget.Reason.UNFORESEEABLE, b.revisions().get(0).reason());
    }

    @Test
    void otherPlans() {
        assertEquals(usd("300"), OtherPlans.vectorsTotal(Map.of(OtherPlans.Vector.NEW_CLIENTS, usd("100"),
                OtherPlans.Vector.WIN_BACK, usd("200")), usd("0")));
        List<Money> exp = OtherPlans.expensePlan(List.of(usd("1000"), usd("2000"), usd("3000")), d("0.05"), usd("100"));
        assertEquals(List.of(usd("83.33"), usd("133.33"), usd("183.34")), exp);
        List<Money> coll = OtherPlans.collectionPlan(List.of(usd("1000"), usd("2000")), List.of(d("0.6"), d("0.3"), d("0.1")));
        assertEquals(List.of(usd("600"), usd("1500"), usd("700"), usd("200")), coll);
        assertThrows(PlanningException.class, () -> OtherPlans.collectionPlan(List.of(usd("1")), List.of(d("0.7"), d("0.4"))));
        assertEquals(0, OtherPlans.changeEfficiency(usd("150000"), usd("100000"), 12).compareTo(d("150")));
        assertThrows(PlanningException.class, () -> OtherPlans.changeEfficiency(usd("1"), usd("1"), 9));
        Map<String, BigDecimal> lines = new LinkedHashMap<>();
        lines.put("pumps", d("0.6"));
        lines.put("valves", d("0.4"));
        Map<String, Money> split = OtherPlans.decompose(usd("1650000"), lines, "product lines");
        assertEquals(usd("990000"), split.get("pumps"));
        assertEquals(usd("660000"), split.get("valves"));
        OtherPlans.Activity a = OtherPlans.activity(Map.of("A", 10, "B", 20, "C", 30), Map.of("A", 4, "B", 2, "C", 1), 21);
        assertEquals(110, a.visitsPerMonth());
        assertEquals(d("5.24"), a.visitsPerWorkingDay());
    }
}
