package com.salesworkbench.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pay section over the demo client's scheme: structure, the pay curve and the statement at plan. */
class PayReportSectionTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private RuleRegistry registry;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(ClientId.of("demo"));
        try (InputStream in = getClass().getResourceAsStream("/demo/pay-scheme.json")) {
            PayScheme s = Json.mapper().readValue(in, PayScheme.class);
            c.save(PaySchemes.path(s.name()), PaySchemes.SCHEME, s);
        }
        registry = new RuleRegistry();
        BuiltinRules.all().forEach(registry::addRule);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    /**
     * The demo's June figures stored for the scheme: real statements. Ivanov sold 1 511 250 on a plan of 1 162 500
     * (130 %): 40 000 + 60 000 + 0.30 x 60 000 x 1.5 = 127 000; Petrov 1 992 000 on 2 490 000 (80 %): 40 000 +
     * 0.8 x 60 000 = 88 000.
     */
    @Test
    void realStatementsFromTheStoredFigures() throws Exception {
        ClientWorkspace c = workspace.client(ClientId.of("demo"));
        try (InputStream in = getClass().getResourceAsStream("/demo/pay-figures.json")) {
            c.save("pay/figures/managers-2026", FigureSheet.TYPE, Json.mapper().readValue(in, FigureSheet.class));
        }
        List<ReportBlock> blocks = new PayReportSection(workspace, registry).content(new ReportRequest(ClientId.of("demo"), Locale.ENGLISH));
        assertTrue(blocks.contains(new ReportBlock.Heading("Statements for 2026-06 from the stored figures (2 reps)")), blocks.toString());
        List<ReportBlock.Table> tables = tables(blocks);
        assertEquals(5, tables.size()); // rules, curve, the month's reps, Ivanov's and Petrov's statements
        assertEquals(List.of("Ivanov I.A.", "1,162,500", "1,511,250", "130%", "40,000", "87,000", "127,000"), plain(tables.get(2).rows().get(0)));
        assertEquals(List.of("Petrov B.B.", "2,490,000", "1,992,000", "80%", "40,000", "48,000", "88,000"), plain(tables.get(2).rows().get(1)));
        assertTrue(blocks.contains(new ReportBlock.Heading("Statement of Ivanov I.A. for 2026-06")));
        List<List<String>> ivanov = tables.get(3).rows();
        assertEquals(List.of("Pay", "", "", "127,000"), plain(ivanov.get(ivanov.size() - 1)));
        assertTrue(ivanov.stream().anyMatch(r -> r.get(0).startsWith("acc") && r.get(3).equals("87,000")), ivanov.toString());
        // the inputs as pay:statement shows them, so the rep can check the line by hand
        String accInputs = ivanov.stream().filter(r -> r.get(0).startsWith("acc")).findFirst().orElseThrow().get(2);
        assertTrue(accInputs.contains("1.3") && accInputs.contains("60,000") && accInputs.contains("1.5"), accInputs);
        assertTrue(blocks.stream().noneMatch(b -> b instanceof ReportBlock.Heading h && h.text().startsWith("No actual figures")));
        // in Russian: the heading and the client's number format
        List<ReportBlock> ru = new PayReportSection(workspace, registry).content(new ReportRequest(ClientId.of("demo"), Locale.forLanguageTag("ru")));
        assertTrue(ru.contains(new ReportBlock.Heading("Расчётные листы за 2026-06 по сохранённым показателям (менеджеров: 2)")), ru.toString());
        assertEquals("127 000", plain(tables(ru).get(2).rows().get(0)).get(6));
    }

    /** The domain's accelerator case: target incentive 100 000, 1.5x above plan, 130 % -> 145 000 variable. */
    @Test
    void acceleratorGoldenCaseOfTheDomain() throws Exception {
        ClientWorkspace c = workspace.client(ClientId.of("demo"));
        PayScheme s = Json.mapper().readValue("""
                {"name": "accelerator", "revision": 1, "fixed": 50000, "targetVariable": 100000, "currency": "RUB",
                 "rules": [{"id": "acc", "type": "accelerator", "parameters": {"targetIncentive": 100000, "factor": 1.5}}]}""", PayScheme.class);
        c.save(PaySchemes.path("accelerator"), PaySchemes.SCHEME, s);
        c.save("pay/figures/accelerator", FigureSheet.TYPE, new FigureSheet(List.of(
                new com.salesworkbench.motivation.Activity("anna", "north", java.time.LocalDate.of(2026, 3, 1), "plan", new java.math.BigDecimal("500000")),
                new com.salesworkbench.motivation.Activity("anna", "north", java.time.LocalDate.of(2026, 3, 20), "sales", new java.math.BigDecimal("650000")))));
        List<ReportBlock> blocks = new PayReportSection(workspace, registry).content(new ReportRequest(ClientId.of("demo"), Locale.ENGLISH));
        List<ReportBlock.Table> tables = tables(blocks);
        // schemes in document order: accelerator (its rules, curve, month, anna's statement), then managers-2026 (no figures)
        assertEquals(List.of("anna", "500,000", "650,000", "130%", "50,000", "145,000", "195,000"), plain(tables.get(2).rows().get(0)));
        assertTrue(blocks.stream().anyMatch(b -> b instanceof ReportBlock.Heading h
                && h.text().startsWith("No actual figures are stored for this scheme (pay:figures managers-2026 FILE.csv)")), blocks.toString());
    }

    private static List<ReportBlock.Table> tables(List<ReportBlock> blocks) {
        return blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
    }

    /** Spaces of any width as one plain space. */
    private static List<String> plain(List<String> row) {
        return row.stream().map(x -> x.replace('\u00a0', ' ').replace('\u202f', ' ')).toList();
    }

    @Test
    void curveAndStatementComputedByTheEngine() {
        List<ReportBlock> blocks = new PayReportSection(workspace, registry).content(new ReportRequest(ClientId.of("demo"), Locale.ENGLISH));
        List<ReportBlock.Table> tables = blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
        assertEquals(3, tables.size());
        assertEquals("acc", tables.get(0).rows().get(0).get(0));
        List<List<String>> curve = tables.get(1).rows();
        assertEquals(5, curve.size());
        List<String> atPlan = curve.get(2);
        assertEquals("100%", atPlan.get(0).replace(" ", "").replace("\u00a0", ""));
        assertTrue(atPlan.get(4).contains("100,000"), atPlan.toString()); // 40 000 fixed + 60 000 at 100 %
        List<String> statement = tables.get(2).rows().get(tables.get(2).rows().size() - 1);
        assertEquals(atPlan.get(4), statement.get(3));
        assertEquals("Схема оплаты и расчётные листы", new PayReportSection(workspace, registry).title(Locale.forLanguageTag("ru")));
    }
}
