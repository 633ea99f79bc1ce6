package com.salesworkbench.funnel.internal;

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
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.funnel.DealStatus;
import com.salesworkbench.funnel.Opportunity;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipelines in and out as neutral tables: the funnel's own checks, all or nothing, and back as its CSV columns. */
class PipelineDataTest {

    private static final ClientId ACME = ClientId.of("acme");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private PipelineData data;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ACME);
        data = new PipelineData(workspace, id -> Locale.forLanguageTag("ru-RU"), TODAY);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    /** Rows as io:import -k pipeline hands them over (probability as a share, close a month or a day). */
    private static ImportedRows rows(Object[]... rows) {
        List<Column> cols = List.of(new Column("id", ColumnType.TEXT), new Column("rep", ColumnType.TEXT),
                new Column("customer", ColumnType.TEXT), new Column("stage", ColumnType.TEXT),
                new Column("amount", ColumnType.MONEY), new Column("probability", ColumnType.PERCENT),
                new Column("close", ColumnType.PERIOD), new Column("status", ColumnType.TEXT));
        List<List<Object>> list = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (Object[] r : rows) {
            list.add(Arrays.asList(r));
            lines.add(list.size() + 1L);
        }
        return new ImportedRows("pipe.xlsx", Table.of("pipeline", cols, list), lines);
    }

    private static Object[] deal(String id, String rep, String stage, String amount, String share, String close, String status) {
        return new Object[] {id, rep, "Romashka", stage, new BigDecimal(amount), new BigDecimal(share), PlanPeriod.parse(close), status};
    }

    @Test
    void importedRowsBecomeAPipelineAsFunnelImportMakesIt() {
        assertEquals(List.of("funnel/pipelines/q4"), data.save(ACME, "q4", rows(
                deal("17", "Ivanov", "proposal", "300000.00", "0.50", "2026-12", "open"),
                deal("", "Petrov", "", "900000.00", "1", "2026-10-14", "won")), Locale.ENGLISH));
        Pipeline p = PipelineStore.find(client, "q4").orElseThrow();
        assertEquals("RUB", p.currency());
        assertEquals(TODAY, p.asOf());
        assertEquals(List.of("17", "L3"), p.opportunities().stream().map(Opportunity::id).toList());
        Opportunity won = p.opportunities().get(1);
        assertEquals(DealStatus.WON, won.status());
        assertEquals(LocalDate.of(2026, 10, 14), won.closed());
        assertEquals(0, new BigDecimal("0.5").compareTo(p.opportunities().get(0).probability()));
        // the funnel computes on it: the weighted open pipeline is 300 000 x 50 %
        assertEquals(0, new BigDecimal("150000").compareTo(p.open().get(0).weighted()));
        assertEquals(List.of("q4"), data.names(ACME));
    }

    @Test
    void anUnknownStageOrAnIdTwiceRefusesEverythingNamingRowAndField() {
        data.save(ACME, "q4", rows(deal("1", "Ivanov", "", "10", "0.5", "2026-12", "")), Locale.ENGLISH);
        Pipeline before = PipelineStore.find(client, "q4").orElseThrow();
        DataException stage = assertThrows(DataException.class, () -> data.save(ACME, "q4", rows(
                deal("1", "Ivanov", "", "10", "0.5", "2026-12", ""),
                deal("2", "Ivanov", "haggling", "10", "0.5", "2026-12", "")), Locale.ENGLISH));
        assertEquals(3, stage.row());
        assertEquals("stage", stage.field());
        assertTrue(stage.getMessage().startsWith("unknown stage \"haggling\"; known stages: "), stage.getMessage());
        DataException twice = assertThrows(DataException.class, () -> data.save(ACME, "q4", rows(
                deal("7", "Ivanov", "", "10", "0.5", "2026-12", ""),
                deal("7", "Petrov", "", "10", "0.5", "2026-12", "")), Locale.forLanguageTag("ru")));
        assertEquals("id", twice.field());
        assertEquals("повторный id «7»", twice.getMessage());
        DataException past = assertThrows(DataException.class, () -> data.save(ACME, "q4", rows(
                deal("9", "Ivanov", "", "10", "0.5", "2026-10", "open")), Locale.ENGLISH));
        assertEquals("close", past.field());
        assertEquals(before, PipelineStore.find(client, "q4").orElseThrow());
    }

    @Test
    void aStoredPipelineExportsWithTheColumnsOfTheFunnelsCsv() {
        data.save(ACME, "q4", rows(deal("17", "Ivanov", "proposal", "300000.50", "0.25", "2026-12", "open")), Locale.ENGLISH);
        Table t = data.table(ACME, "q4", List.of(), Locale.ENGLISH);
        assertEquals(List.of("id", "rep", "customer", "product", "stage", "amount", "probability", "close", "status",
                "created", "closed"), t.columns().stream().map(Column::header).toList());
        assertEquals(Arrays.asList("17", "Ivanov", "Romashka", "", "proposal", Money.of("300000.50", "RUB"),
                new BigDecimal("25"), PlanPeriod.parse("2026-12"), "open", null, null), t.rows().get(0));
        DataException none = assertThrows(DataException.class, () -> data.table(ACME, "x", List.of(), Locale.ENGLISH));
        assertEquals("No pipeline funnel/pipelines/x; the client has: q4", none.getMessage());
    }
}
