package com.salesworkbench.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tables 1-4 of planning.md (seed 001): every cell, subtotal and the quarter totals, exactly. */
class UnitsToMoneyGoldenTest {

    static final Currency RUB = Currency.getInstance("RUB");
    static final String IVANOV = "Ivanov I.A.";
    static final String PETROV = "Petrov B.B.";
    static final Map<String, String> REGIONS = Map.of(IVANOV, "Nizhny Novgorod", PETROV, "Moscow");
    static final List<PlanPeriod> SUMMER = List.of(PlanPeriod.parse("2026-06"), PlanPeriod.parse("2026-07"),
            PlanPeriod.parse("2026-08"));

    static PlanGrid table1() {
        PlanGrid g = new PlanGrid(List.of(new PlanGrid.Axis(Dimension.MANAGER, List.of(IVANOV, PETROV)),
                new PlanGrid.Axis(Dimension.PRODUCT, List.of("Product 1", "Product 2"))), SUMMER, RUB);
        List<String[]> rows = Golden.csv("table1-units.csv");
        String[] head = rows.get(0);
        for (String[] r : rows.subList(1, rows.size())) {
            if (r[0].equals("*")) {
                continue;
            }
            for (int c = 2; c < head.length; c++) {
                g.setUnits(key(r[0], r[1], head[c]), Long.parseLong(r[c]));
            }
        }
        return g;
    }

    static PriceBook tables23(PriceMode mode) {
        PriceBook b = new PriceBook(mode);
        List<String[]> rows = Golden.csv("table2-3-prices.csv");
        for (String[] r : rows.subList(1, rows.size())) {
            b.averageCheck(r[0], r[1], new BigDecimal(r[2]));
            b.targetMargin(r[0], r[1], new BigDecimal(r[3]));
        }
        return b;
    }

    static PlanKey key(String manager, String product, String period) {
        Map<Dimension, String> m = new EnumMap<>(Dimension.class);
        if (!manager.equals("*")) {
            m.put(Dimension.MANAGER, manager);
        }
        if (!product.equals("*")) {
            m.put(Dimension.PRODUCT, product);
        }
        return new PlanKey(m, PlanPeriod.parse(period));
    }

    static Money rub(String amount) {
        return new Money(new BigDecimal(amount), RUB);
    }

    @Test
    void table1UnitsAndCompanyTotal() {
        PlanGrid g = table1();
        g.evaluate();
        List<String[]> rows = Golden.csv("table1-units.csv");
        String[] head = rows.get(0);
        int checked = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            for (int c = 2; c < head.length; c++) {
                assertEquals(Long.parseLong(r[c]), g.units(key(r[0], r[1], head[c])), r[0] + " " + r[1] + " " + head[c]);
                checked++;
            }
        }
        assertEquals(15, checked);
        assertEquals(1500, g.totalUnits(Map.of()));
    }

    @Test
    void table4MoneyEveryCellSubtotalAndQuarter() {
        PlanGrid g = table1();
        g.price(tables23(PriceMode.MARKUP), REGIONS);
        g.evaluate();
        List<String[]> rows = Golden.csv("table4-money.csv");
        String[] head = rows.get(0);
        int checked = 0;
        for (String[] r : rows.subList(1, rows.size())) {
            for (int c = 2; c < head.length - 1; c++) {
                assertEquals(rub(r[c]), g.money(key(r[0], r[1], head[c])), r[0] + " " + r[1] + " " + head[c]);
                checked++;
            }
            Map<Dimension, String> members = key(r[0], r[1], "2026-06").members();
            assertEquals(rub(r[head.length - 1]), g.total(members), r[0] + " " + r[1] + " quarter");
            checked++;
        }
        assertEquals(28, checked);
        assertEquals(rub("9940000"), g.total(Map.of()));
        assertEquals(rub("3300000"), g.total(Map.of(Dimension.MANAGER, IVANOV)));
        assertEquals(rub("6640000"), g.total(Map.of(Dimension.MANAGER, PETROV)));
        // the calendar Q3 holds July and August only; Q2 the June of the plan; the year all three
        assertEquals(rub("6287500"), g.money(key("*", "*", "2026-Q3")));
        assertEquals(rub("3652500"), g.money(key("*", "*", "2026-Q2")));
        assertEquals(rub("9940000"), g.money(key("*", "*", "2026")));
        // product subtotal across managers
        assertEquals(rub("1965000"), g.money(key("*", "Product 1", "2026-06")));
        // price measure: money / units
        assertEquals(rub("6000.00"), g.averagePrice(key(IVANOV, "Product 1", "2026-06")));
        assertEquals(new BigDecimal("9100.00"), g.unitPrice(key(PETROV, "Product 1", "2026-06")).setScale(2));
    }

    @Test
    void marginOnPriceModeDiffers() {
        PlanGrid g = table1();
        g.price(tables23(PriceMode.MARGIN_ON_PRICE), REGIONS);
        assertEquals(rub("625000"), g.money(key(IVANOV, "Product 1", "2026-06")));
        // Product 2 in N.Novgorod: 3000 / 0.75 = 4000 a unit
        assertEquals(rub("600000"), g.money(key(IVANOV, "Product 2", "2026-06")));
    }

    @Test
    void editingOneCellReTotalsEverySubtotal() {
        PlanGrid g = table1();
        g.price(tables23(PriceMode.MARKUP), REGIONS);
        g.evaluate();
        g.setUnits(key(IVANOV, "Product 1", "2026-06"), 110); // +10 x 6 000
        assertEquals(rub("660000"), g.money(key(IVANOV, "Product 1", "2026-06")));
        assertEquals(rub("1222500"), g.money(key(IVANOV, "*", "2026-06")));
        assertEquals(rub("3712500"), g.money(key("*", "*", "2026-06")));
        assertEquals(rub("10000000"), g.total(Map.of()));
        assertEquals(560, g.units(key("*", "*", "2026-06")));
        PlanGrid fresh = table1();
        fresh.setUnits(key(IVANOV, "Product 1", "2026-06"), 110);
        fresh.price(tables23(PriceMode.MARKUP), REGIONS);
        fresh.evaluate();
        assertEquals(fresh.total(Map.of()), g.total(Map.of()));
    }

    @Test
    void topDownSplitWithLockAndGap() {
        PlanGrid g = table1();
        g.price(tables23(PriceMode.MARKUP), REGIONS);
        PlanKey company = key("*", "*", "2026");
        g.setTarget(company, rub("10000000"));
        assertEquals(rub("-60000"), g.gap(company)); // bottom-up 9 940 000 against 10 000 000
        Map<PlanKey, Money> months = g.splitOverPeriods(company, new double[] {4, 3, 3},
                Map.of(PlanPeriod.parse("2026-08"), rub("3000000")), Map.of());
        assertEquals(rub("4000000"), months.get(key("*", "*", "2026-06")));
        assertEquals(rub("3000000"), months.get(key("*", "*", "2026-07")));
        assertEquals(rub("3000000"), months.get(key("*", "*", "2026-08")));
        assertEquals(rub("-347500"), g.gap(key("*", "*", "2026-06")));
        PlanKey june = key("*", "*", "2026-06");
        Map<PlanKey, Money> byManager = g.splitAlong(june, Dimension.MANAGER, new double[] {1, 3}, Map.of(), Map.of());
        assertEquals(rub("1000000"), byManager.get(key(IVANOV, "*", "2026-06")));
        assertEquals(rub("162500"), g.gap(key(IVANOV, "*", "2026-06")));
        assertNull(g.gap(key(PETROV, "Product 1", "2026-06")));
    }

    @Test
    void quarterTargetPhasedByLastYearsPattern() {
        PlanGrid g = new PlanGrid(List.of(new PlanGrid.Axis(Dimension.MANAGER, List.of("Carol", "Shane"))),
                List.of(PlanPeriod.parse("2027-01"), PlanPeriod.parse("2027-02"), PlanPeriod.parse("2027-03")),
                Currency.getInstance("USD"));
        PlanKey q = new PlanKey(Map.of(), PlanPeriod.parse("2027-Q1"));
        g.setTarget(q, Money.of("30000", "USD"));
        Map<PlanKey, Money> m = g.splitOverPeriods(q, new double[] {8, 8, 14}, Map.of(), Map.of());
        assertEquals(List.of(Money.of("8000", "USD"), Money.of("8000", "USD"), Money.of("14000", "USD")),
                List.copyOf(m.values()));
    }

    @Test
    void productWithoutPriceForRegionNamesTheCellAndChangesNothing() {
        PlanGrid g = table1();
        g.price(tables23(PriceMode.MARKUP), REGIONS);
        Money before = g.total(Map.of());
        PriceBook missing = new PriceBook(PriceMode.MARKUP)
                .averageCheck("Product 1", "Nizhny Novgorod", new BigDecimal("5000"))
                .targetMargin("Product 1", "Nizhny Novgorod", new BigDecimal("0.2"));
        PlanningException e = assertThrows(PlanningException.class, () -> g.price(missing, REGIONS));
        assertTrue(e.getMessage().contains("Product 2") && e.getMessage().contains("Nizhny Novgorod")
                && e.getMessage().contains(IVANOV), e.getMessage());
        assertTrue(e.getLocalizedMessage(Locale.forLanguageTag("ru")).contains("нет среднего чека"));
        assertEquals(before, g.total(Map.of()));
    }

    @Test
    void marginOfHundredPercentRefusedInMarginOnPriceMode() {
        PlanGrid g = table1();
        PriceBook b = tables23(PriceMode.MARGIN_ON_PRICE).targetMargin("Product 2", "Moscow", BigDecimal.ONE);
        PlanningException e = assertThrows(PlanningException.class, () -> g.price(b, REGIONS));
        assertTrue(e.getMessage().contains("Petrov B.B. / Product 2") && e.getMessage().contains("100%"), e.getMessage());
        assertTrue(e.getLocalizedMessage(Locale.CHINESE).contains("100%"));
        // markup mode accepts the same margin (it is a markup on cost)
        g.price(b.withMode(PriceMode.MARKUP), REGIONS);
    }

    @Test
    void periodOutsideThePlanNamesTheCell() {
        PlanGrid g = table1();
        PlanningException e = assertThrows(PlanningException.class,
                () -> g.setUnits(key(IVANOV, "Product 1", "2026-09"), 5));
        assertTrue(e.getMessage().contains("Ivanov I.A. / Product 1 / 2026-09"), e.getMessage());
        assertThrows(PlanningException.class, () -> g.money(key("*", "*", "2026-Q4")));
        assertThrows(PlanningException.class, () -> g.setMoney(key(IVANOV, "Product 1", "2026-06"), Money.of("1", "USD")));
    }
}
