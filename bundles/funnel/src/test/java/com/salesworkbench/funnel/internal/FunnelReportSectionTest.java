package com.salesworkbench.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The funnel section over the demo client's pipeline: weighted forecast, stage funnel, reverse funnel. */
class FunnelReportSectionTest {

    @TempDir
    Path dir;

    private Workspace workspace;

    static Pipeline demoPipeline() throws Exception {
        try (Reader in = new InputStreamReader(FunnelReportSectionTest.class.getResourceAsStream("/demo/pipeline-main.csv"), StandardCharsets.UTF_8)) {
            PipelineCsv.Result r = PipelineCsv.read(in, StageModel.STANDARD, LocalDate.of(2026, 5, 15));
            assertEquals(List.of(), r.errors());
            return new Pipeline("main", "RUB", LocalDate.of(2026, 5, 15), StageModel.STANDARD, r.opportunities(), List.of());
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(ClientId.of("demo"));
        c.save(FunnelDocuments.pipelinePath("main"), FunnelDocuments.PIPELINE, demoPipeline());
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void forecastStagesAndReverseFunnel() {
        List<ReportBlock> blocks = new FunnelReportSection(workspace).content(new ReportRequest(ClientId.of("demo"), Locale.ENGLISH));
        List<ReportBlock.Table> tables = blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
        assertEquals(3, tables.size(), blocks.toString());
        ReportBlock.Table forecast = tables.get(0);
        assertEquals(List.of("Rep", "2026-05", "2026-06", "2026-07", "Total"), forecast.header());
        // Ivanov, June: 240 000 x 60 % + 90 000 x 30 % = 171 000
        List<String> ivanov = forecast.rows().stream().filter(r -> r.get(0).equals("Ivanov I.A.")).findFirst().orElseThrow();
        assertTrue(ivanov.get(2).contains("171,000"), ivanov.toString());
        ReportBlock.Table stages = tables.get(1);
        assertEquals(List.of("lead", "17"), stages.rows().get(0).subList(0, 2));
        ReportBlock.Table reverse = tables.get(2);
        assertTrue(reverse.rows().stream().anyMatch(r -> r.get(0).equals("deals")), reverse.rows().toString());
        assertEquals("Воронка продаж", new FunnelReportSection(workspace).title(Locale.forLanguageTag("ru")));
    }
}
