package com.salesworkbench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Other subsets of dimensions and leaf periods: every subtotal equals a brute-force sum of its leaves. */
class GridDimensionsTest {

    static final Currency RUB = Currency.getInstance("RUB");

    @Test
    void shopsClientKindsAndRegionPricedProducts() {
        List<String> shops = List.of("Shop A", "Shop B", "Shop C");
        List<String> kinds = List.of("new", "existing");
        List<String> products = List.of("Roses", "Tulips");
        List<PlanPeriod> days = new ArrayList<>();
        for (PlanPeriod d = PlanPeriod.parse("2026-03-25"); d.compareTo(PlanPeriod.parse("2026-04-10")) <= 0; d = d.next()) {
            days.add(d);
        }
        PlanGrid g = new PlanGrid(List.of(new PlanGrid.Axis(Dimension.PROFIT_CENTRE, shops),
                new PlanGrid.Axis(Dimension.CLIENT_KIND, kinds), new PlanGrid.Axis(Dimension.PRODUCT, products),
                new PlanGrid.Axis(Dimension.REGION, List.of("Moscow"))), days, RUB);
        Random rnd = new Random(7);
        long[][][][] u = new long[3][2][2][days.size()];
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < 2; k++) {
                for (int p = 0; p < 2; p++) {
                    for (int d = 0; d < days.size(); d++) {
                        u[s][k][p][d] = rnd.nextInt(20);
                        g.setUnits(new PlanKey(Map.of(Dimension.PROFIT_CENTRE, shops.get(s), Dimension.CLIENT_KIND, kinds.get(k),
                                Dimension.PRODUCT, products.get(p), Dimension.REGION, "Moscow"), days.get(d)), u[s][k][p][d]);
                    }
                }
            }
        }
        g.price(new PriceBook(PriceMode.MARKUP)
                .averageCheck("Roses", "Moscow", new BigDecimal("100.10")).targetMargin("Roses", "Moscow", new BigDecimal("0.15"))
                .averageCheck("Tulips", "Moscow", new BigDecimal("33.33")).targetMargin("Tulips", "Moscow", new BigDecimal("0.333")),
                Map.of());
        g.evaluate();
        // price of tulips 33.33 x 1.333 = 44.42889 is not whole kopecks: each leaf is rounded half-even
        long newTulipsMarch = 0;
        BigDecimal moneyShopA = BigDecimal.ZERO;
        for (int s = 0; s < 3; s++) {
            for (int d = 0; d < days.size(); d++) {
                if (days.get(d).start().getMonthValue() == 3) {
                    newTulipsMarch += u[s][0][1][d];
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            for (int p = 0; p < 2; p++) {
                BigDecimal price = p == 0 ? new BigDecimal("115.115") : new BigDecimal("44.42889");
                for (int d = 0; d < days.size(); d++) {
                    moneyShopA = moneyShopA.add(price.multiply(BigDecimal.valueOf(u[0][k][p][d]))
                            .setScale(2, java.math.RoundingMode.HALF_EVEN));
                }
            }
        }
        assertEquals(newTulipsMarch, g.units(new PlanKey(Map.of(Dimension.CLIENT_KIND, "new", Dimension.PRODUCT, "Tulips"),
                PlanPeriod.parse("2026-03"))));
        assertEquals(new Money(moneyShopA, RUB), g.total(Map.of(Dimension.PROFIT_CENTRE, "Shop A")));
        assertEquals(g.money(new PlanKey(Map.of(), PlanPeriod.parse("2026-Q1"))).plus(g.money(new PlanKey(Map.of(),
                PlanPeriod.parse("2026-Q2")))), g.money(new PlanKey(Map.of(), PlanPeriod.parse("2026-H1"))));
        assertEquals(g.money(new PlanKey(Map.of(), PlanPeriod.parse("2026"))), g.total(Map.of()));
        // a week across the month boundary is a subtotal too
        Money week = Money.zero(RUB);
        for (int d = 0; d < 7; d++) {
            week = week.plus(g.money(new PlanKey(Map.of(), PlanPeriod.parse("2026-03-30").plus(d))));
        }
        assertEquals(week, g.money(new PlanKey(Map.of(), PlanPeriod.parse("2026-W14"))));
        assertThrows(PlanningException.class, () -> g.money(new PlanKey(Map.of(Dimension.MANAGER, "x"), days.get(0))));
        PlanningException e = assertThrows(PlanningException.class, () -> g.money(new PlanKey(Map.of(Dimension.PROFIT_CENTRE,
                "Shop Z"), days.get(0))));
        assertTrue(e.getMessage().contains("Shop Z"));
    }
}
