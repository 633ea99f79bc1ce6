package com.salesworkbench.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Forecasts as export tables: the history, then the forecast and its intervals, per series of a client's file. */
class ForecastDataTest {

    private static final ClientId DEMO = ClientId.of("demo");

    @TempDir
    Path dir;

    private Workspace workspace;
    private ForecastEngine engine;
    private ForecastData data;

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(DEMO);
        try (InputStream in = getClass().getResourceAsStream("/demo-sales-history.csv")) {
            c.saveSeries("sales-history", SeriesCsv.read(Path.of("sales-history.csv"), in.readAllBytes()));
        }
        engine = new ForecastEngine(() -> ForecastEngine.DEFAULT_MEMBERS.stream()
                .<ForecastModel>map(ForecastReportSectionTest.LastYear::new).toList(), 1);
        ForecastService service = () -> engine;
        data = new ForecastData(workspace, service);
    }

    @AfterEach
    void tearDown() {
        engine.close();
        workspace.close();
    }

    @Test
    void historyThenForecastWithIntervalsForEverySeries() {
        assertEquals(List.of("sales-history"), data.names(DEMO));
        Table t = data.table(DEMO, "sales-history", List.of("6"), Locale.ENGLISH);
        assertEquals(List.of("series_id", "ds", "y", "yhat", "lo80", "hi80", "lo95", "hi95"),
                t.columns().stream().map(Table.Column::header).toList());
        List<List<Object>> roses = t.rows().stream().filter(r -> r.get(0).equals("roses")).toList();
        assertEquals(60 + 6, roses.size()); // five years of months, then six ahead
        List<Object> jan = roses.get(60);
        assertEquals(PlanPeriod.parse("2026-01"), jan.get(1));
        assertNull(jan.get(2));
        // January 2025 again, with the model's 80 % band at 517 x (1 -/+ 0.2)
        assertEquals(0, new BigDecimal("517").compareTo((BigDecimal) jan.get(3)));
        assertEquals(0, new BigDecimal("413.6").compareTo(((BigDecimal) jan.get(4)).setScale(1, java.math.RoundingMode.HALF_EVEN)));
        assertEquals(0, new BigDecimal("517").compareTo((BigDecimal) roses.get(48).get(2))); // the history itself
    }

    @Test
    void anUnknownSeriesOrABadHorizonIsRefusedInTheUsersLanguage() {
        assertEquals("Нет файла рядов «x»; у клиента есть: sales-history", assertThrows(DataException.class,
                () -> data.table(DEMO, "x", List.of(), Locale.forLanguageTag("ru"))).getMessage());
        assertEquals("Horizon 'soon': give a whole number of periods from 1 to 1000", assertThrows(DataException.class,
                () -> data.table(DEMO, "sales-history", List.of("soon"), Locale.ENGLISH)).getMessage());
    }
}
