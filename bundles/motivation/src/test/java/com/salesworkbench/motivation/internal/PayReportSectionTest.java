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
        assertEquals(atPlan.get(4), statement.get(2));
        assertEquals("Схема оплаты и расчётные листы", new PayReportSection(workspace, registry).title(Locale.forLanguageTag("ru")));
    }
}
