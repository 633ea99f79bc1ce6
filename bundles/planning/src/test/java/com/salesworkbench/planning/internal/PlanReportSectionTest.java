package com.salesworkbench.planning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
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

/** The plan section over the demo's summer plan (saved as the demo saves it, schema v1): tables 1 and 4. */
class PlanReportSectionTest {

    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(ClientId.of("demo"));
        try (InputStream in = getClass().getResourceAsStream("/plan-summer-v1.json")) {
            c.save("plans/summer-2026", DocumentType.of("sales-plan", ObjectNode.class), Json.mapper().readValue(in, ObjectNode.class));
        }
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private List<ReportBlock> content(Locale locale) {
        return new PlanReportSection(workspace).content(new ReportRequest(ClientId.of("demo"), locale));
    }

    private static ReportBlock.Table table(List<ReportBlock> blocks, int n) {
        return blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList().get(n);
    }

    @Test
    void tableFourInMoneyWithSubtotalsAndTheCompanyTotal() {
        ReportBlock.Table money = table(content(Locale.ENGLISH), 1);
        List<String> company = money.rows().get(money.rows().size() - 1);
        assertEquals("Company total", company.get(0));
        assertTrue(company.get(company.size() - 1).contains("9,940,000"), company.toString());
        assertTrue(company.get(2).contains("3,652,500"), company.toString());
        List<String> ivanov = money.rows().get(2);
        assertEquals(List.of("Ivanov I.A.", "subtotal"), ivanov.subList(0, 2));
        assertTrue(ivanov.get(ivanov.size() - 1).contains("3,300,000"), ivanov.toString());
    }

    @Test
    void unitsTableIsTableOne() {
        ReportBlock.Table units = table(content(Locale.ENGLISH), 0);
        assertEquals(List.of("Company total", "", "550", "500", "450", "1,500"), units.rows().get(units.rows().size() - 1));
    }

    @Test
    void russianAndChineseTitlesAndNumbers() {
        List<ReportBlock> ru = content(Locale.forLanguageTag("ru-RU"));
        assertEquals("План продаж", new PlanReportSection(workspace).title(Locale.forLanguageTag("ru")));
        List<String> company = table(ru, 1).rows().get(table(ru, 1).rows().size() - 1);
        assertTrue(company.get(company.size() - 1).replaceAll("[\\s\\u00a0\\u202f]", " ").startsWith("9 940 000"), company.toString());
        assertEquals("销售计划", new PlanReportSection(workspace).title(Locale.forLanguageTag("zh")));
    }
}
