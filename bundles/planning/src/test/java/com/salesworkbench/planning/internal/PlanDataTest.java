package com.salesworkbench.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.ImportedRows;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.Table.Column;
import com.salesworkbench.api.data.Table.ColumnType;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plans in and out as neutral tables: Table 4 imported as a grid is the plan planning computes, and exported back. */
class PlanDataTest {

    private static final ClientId ACME = ClientId.of("acme");
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private PlanData data;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ACME);
        data = new PlanData(workspace, id -> RU);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Table 4 (money by manager, product and month) as an importer hands it over: one row per leaf cell and month. */
    private static ImportedRows table4() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (InputStream in = PlanDataTest.class.getResourceAsStream("/golden/table4-money.csv")) {
            List<String> csv = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            String[] head = csv.get(0).split(",");
            for (int r = 1; r < csv.size(); r++) {
                String[] c = csv.get(r).split(",");
                if (c[0].equals("*") || c[1].equals("*")) {
                    continue; // subtotals: planning computes them
                }
                for (int m = 2; m <= 4; m++) {
                    rows.add(List.of(PlanPeriod.parse(head[m]), c[1], c[0], new BigDecimal(c[m]).setScale(2)));
                    lines.add((long) rows.size() + 1);
                }
            }
        }
        // the fields in the order of the import kind: period, product, manager, amount
        return new ImportedRows("table4.xlsx", Table.of("plan", List.of(new Column("period", ColumnType.PERIOD),
                new Column("product", ColumnType.TEXT), new Column("manager", ColumnType.TEXT),
                new Column("amount", ColumnType.MONEY)), rows), lines);
    }

    private static ImportedRows rows(List<Object>... rows) {
        List<Long> lines = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            lines.add(i + 2L);
        }
        return new ImportedRows("more.csv", Table.of("plan", List.of(new Column("period", ColumnType.PERIOD),
                new Column("product", ColumnType.TEXT), new Column("manager", ColumnType.TEXT),
                new Column("amount", ColumnType.MONEY)), List.of(rows)), lines);
    }

    private static Money rub(String amount) {
        return Money.of(amount, "RUB");
    }

    @Test
    void anImportedTable4GridIsAPlanWithPlanningsTotals() throws IOException {
        assertEquals(List.of("plans/q3"), data.save(ACME, "q3", table4(), Locale.ENGLISH));
        SalesPlan plan = client.read("plans/q3", SalesPlan.DOCUMENT_TYPE);
        assertEquals(List.of(Dimension.MANAGER, Dimension.PRODUCT), plan.dimensions());
        assertEquals("RUB", plan.currency()); // the client's country
        assertEquals("2026-06", plan.from());
        assertEquals("2026-08", plan.to());
        PlanGrid g = plan.grid();
        assertEquals(rub("9940000"), g.total(Map.of()));
        assertEquals(rub("3300000"), g.total(Map.of(Dimension.MANAGER, "Ivanov I.A.")));
        assertEquals(rub("6640000"), g.total(Map.of(Dimension.MANAGER, "Petrov B.B.")));
        assertEquals(rub("2822500"), g.money(SalesPlan.key("*", "*", "2026-08")));
        assertEquals(List.of("q3"), data.names(ACME));
    }

    @Test
    void rowsReplaceCellsOfAnExistingPlanAndARefusalLeavesItUnchanged() throws IOException {
        data.save(ACME, "q3", table4(), Locale.ENGLISH);
        data.save(ACME, "q3", rows(List.of(PlanPeriod.parse("2026-08"), "Product 1", "Petrov B.B.",
                new BigDecimal("1000000.00"))), Locale.ENGLISH);
        SalesPlan plan = client.read("plans/q3", SalesPlan.DOCUMENT_TYPE);
        assertEquals(rub("10030000"), plan.grid().total(Map.of())); // 910 000 became 1 000 000
        int versions = client.history("plans/q3").size();

        DataException twice = assertThrows(DataException.class, () -> data.save(ACME, "q3", rows(
                List.of(PlanPeriod.parse("2026-06"), "Product 1", "Petrov B.B.", BigDecimal.ONE),
                List.of(PlanPeriod.parse("2026-06"), "Product 1", "Petrov B.B.", BigDecimal.TEN)), Locale.ENGLISH));
        assertEquals(3, twice.row());
        assertEquals("period", twice.field());
        assertEquals("the cell Product 1 / Petrov B.B. / 2026-06 is also in row 2", twice.getMessage());

        DataException outside = assertThrows(DataException.class, () -> data.save(ACME, "q3", rows(
                List.of(PlanPeriod.parse("2026-09"), "Product 1", "Petrov B.B.", BigDecimal.ONE)), RU));
        assertEquals(2, outside.row());
        assertEquals("период 2026-09 вне плана plans/q3 (с 2026-06 по 2026-08)", outside.getMessage());

        ImportedRows byRegion = new ImportedRows("r.csv", Table.of("plan", List.of(new Column("period", ColumnType.PERIOD),
                new Column("profit_centre", ColumnType.TEXT), new Column("amount", ColumnType.MONEY)),
                List.of(List.of(PlanPeriod.parse("2026-06"), "North", BigDecimal.ONE))), List.of(2L));
        DataException dims = assertThrows(DataException.class, () -> data.save(ACME, "q3", byRegion, Locale.ENGLISH));
        assertEquals("The plan plans/q3 is over manager, product; the grid has profit_centre: import it under another name",
                dims.getMessage());

        assertEquals(plan, client.read("plans/q3", SalesPlan.DOCUMENT_TYPE));
        assertEquals(versions, client.history("plans/q3").size());
    }

    @Test
    void aStoredPlanExportsGroupedWithMoneyColumns() throws IOException {
        data.save(ACME, "q3", table4(), Locale.ENGLISH);
        Table t = data.table(ACME, "q3", List.of(), Locale.ENGLISH);
        assertEquals(List.of("manager", "product", "period", "amount"), t.columns().stream().map(Column::header).toList());
        assertEquals(ColumnType.MONEY, t.columns().get(3).type());
        assertEquals(0, t.groupBy());
        assertEquals(12, t.rows().size());
        assertEquals(List.of("Ivanov I.A.", "Product 1", PlanPeriod.parse("2026-06"), rub("600000")), t.rows().get(0));
        assertEquals(List.of("Petrov B.B.", "Product 2", PlanPeriod.parse("2026-08"), rub("750000")), t.rows().get(11));
        Money total = rub("0");
        for (List<Object> r : t.rows()) {
            total = total.plus((Money) r.get(3));
        }
        assertEquals(rub("9940000"), total);
        DataException e = assertThrows(DataException.class, () -> data.table(ACME, "q3", List.of(), Locale.ENGLISH)
                .equals(data.table(ACME, "none", List.of(), Locale.ENGLISH)));
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void aPricedPlanExportsItsUnitsAndProfitCentresGroupFirst() {
        SalesPlan plan = new SalesPlan("Regions", "RUB", "MARKUP", "2026-01", "2026-01",
                List.of(Dimension.PRODUCT, Dimension.PROFIT_CENTRE), List.of(),
                List.of(new SalesPlan.Cell(Map.of(Dimension.PRODUCT, "Roses", Dimension.PROFIT_CENTRE, "South"), "2026-01", null, new BigDecimal("5")),
                        new SalesPlan.Cell(Map.of(Dimension.PRODUCT, "Tulips", Dimension.PROFIT_CENTRE, "North"), "2026-01", null, new BigDecimal("7")),
                        new SalesPlan.Cell(Map.of(Dimension.PRODUCT, "Roses", Dimension.PROFIT_CENTRE, "North"), "2026-01", null, new BigDecimal("3"))),
                List.of(), List.of(), List.of());
        Table t = PlanData.table("regions", plan, plan.grid());
        assertEquals(List.of("profit_centre", "product", "period", "amount"), t.columns().stream().map(Column::header).toList());
        assertEquals(List.of("South", "North", "North"), t.rows().stream().map(r -> r.get(0)).toList());
    }
}
