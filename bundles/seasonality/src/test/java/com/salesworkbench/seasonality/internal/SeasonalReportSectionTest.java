package com.salesworkbench.seasonality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.Decomposer;
import com.salesworkbench.seasonality.DecompositionOptions;
import com.salesworkbench.seasonality.SeasonalForm;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seasonal section over the demo client's five years of flower sales. */
class SeasonalReportSectionTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private List<TimeSeries> history;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(ClientId.of("demo"));
        try (InputStream in = getClass().getResourceAsStream("/demo-sales-history.csv")) {
            history = SeriesCsv.read(Path.of("sales-history.csv"), in.readAllBytes());
        }
        c.saveSeries("sales-history", history);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    @Test
    void indicesAndSharesOfEverySeriesInTheClientsLanguage() {
        List<ReportBlock> blocks = new SeasonalReportSection(workspace).content(new ReportRequest(ClientId.of("demo"), Locale.ENGLISH));
        List<ReportBlock.Table> tables = blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
        assertEquals(2, tables.size());
        ReportBlock.Table indices = tables.get(0);
        assertEquals(List.of("Series", "Jan", "Feb"), indices.header().subList(0, 3));
        assertEquals(5, indices.rows().size());
        TimeSeries roses = history.stream().filter(s -> s.id().equals("roses")).findFirst().orElseThrow();
        double[] expected = Decomposer.decompose(roses, SeasonalForm.MULTIPLICATIVE, DecompositionOptions.DEFAULT).profile("roses").indices();
        List<String> row = indices.rows().stream().filter(r -> r.get(0).equals("roses")).findFirst().orElseThrow();
        for (int m = 0; m < 12; m++) {
            assertEquals(String.format(Locale.ENGLISH, "%.2f", expected[m]), row.get(m + 1));
        }
        double sum = 0;
        for (String s : tables.get(1).rows().get(0).subList(1, 13)) {
            sum += Double.parseDouble(s.replace("%", ""));
        }
        assertEquals(100, sum, 0.7);
    }

    @Test
    void russianMonthNames() {
        SeasonalReportSection s = new SeasonalReportSection(workspace);
        List<ReportBlock> blocks = s.content(new ReportRequest(ClientId.of("demo"), Locale.forLanguageTag("ru-RU")));
        ReportBlock.Table t = (ReportBlock.Table) blocks.stream().filter(ReportBlock.Table.class::isInstance).findFirst().orElseThrow();
        assertTrue(t.header().get(1).startsWith("янв"), t.header().toString());
        assertEquals("Сезонный профиль", s.title(Locale.forLanguageTag("ru")));
        assertEquals("季节性分布", s.title(Locale.forLanguageTag("zh")));
    }
}
