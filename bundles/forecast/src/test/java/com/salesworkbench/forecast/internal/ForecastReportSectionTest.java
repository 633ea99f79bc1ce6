package com.salesworkbench.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast section over the demo history with a seasonal-naive model: chosen model, forecast, intervals. */
class ForecastReportSectionTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private ForecastEngine engine;

    /** Next year repeats the last one; the intervals widen with the level. */
    static final class LastYear implements ForecastModel {
        private final String id;

        LastYear(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String title(Locale locale) {
            return "last year";
        }

        @Override
        public FittedModel fit(TimeSeries history) {
            double[] y = history.values();
            return new FittedModel() {
                @Override
                public String description() {
                    return "SNAIVE";
                }

                @Override
                public Map<String, Double> parameters() {
                    return Map.of();
                }

                @Override
                public Forecast forecast(int h, double... levels) {
                    double[] mean = new double[h];
                    for (int i = 0; i < h; i++) {
                        mean[i] = y[y.length - 12 + i % 12];
                    }
                    List<Forecast.Interval> iv = Arrays.stream(levels).mapToObj(l -> new Forecast.Interval(l,
                            Arrays.stream(mean).map(m -> m * (1 - l / 400)).toArray(), Arrays.stream(mean).map(m -> m * (1 + l / 400)).toArray())).toList();
                    return new Forecast(history.end(), mean, iv);
                }
            };
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(ClientId.of("demo"));
        try (InputStream in = getClass().getResourceAsStream("/demo-sales-history.csv")) {
            c.saveSeries("sales-history", SeriesCsv.read(Path.of("sales-history.csv"), in.readAllBytes()));
        }
        // every member of the default combination forecasts "last year again", so the combination does too
        engine = new ForecastEngine(() -> ForecastEngine.DEFAULT_MEMBERS.stream().<ForecastModel>map(LastYear::new).toList(), 1);
    }

    @AfterEach
    void tearDown() {
        engine.close();
        workspace.close();
    }

    @Test
    void everySeriesOneYearAheadWithTheModelAndBothIntervals() {
        ForecastService service = () -> engine;
        List<ReportBlock> blocks = new ForecastReportSection(workspace, service).content(new ReportRequest(ClientId.of("demo"), Locale.ENGLISH));
        List<ReportBlock.Table> tables = blocks.stream().filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
        ReportBlock.Table chosen = tables.get(0);
        assertEquals(5, chosen.rows().size());
        assertTrue(chosen.rows().stream().allMatch(r -> r.get(1).equals(ForecastEngine.DEFAULT)), chosen.rows().toString());
        ReportBlock.Table roses = tables.get(1 + chosen.rows().stream().map(r -> r.get(0)).toList().indexOf("roses"));
        assertEquals(List.of("Period", "Forecast", "Low 80 %", "High 80 %", "Low 95 %", "High 95 %"), roses.header());
        assertEquals(12, roses.rows().size());
        assertEquals("2026-01", roses.rows().get(0).get(0));
        assertEquals("517", roses.rows().get(0).get(1)); // January 2025 again
    }
}
