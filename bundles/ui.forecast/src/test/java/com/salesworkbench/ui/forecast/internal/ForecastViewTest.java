package com.salesworkbench.ui.forecast.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.models.baseline.internal.Naive2;
import com.salesworkbench.forecast.models.baseline.internal.SeasonalNaive;
import com.salesworkbench.forecast.models.ets.internal.AutoEts;
import com.salesworkbench.io.internal.Importer;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.SeriesChoice;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.JTable;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast view headless on the demo client's flower sales, with real models. */
class ForecastViewTest {

    private static final ClientId DEMO = ClientId.of("demo");
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;
    private Workspace workspace;
    private ForecastEngine engine;
    private ForecastView view;
    private final List<ForecastModel> models = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(DEMO);
        try (InputStream in = ForecastViewTest.class.getResourceAsStream("sales-history.csv")) {
            c.saveSeries("sales-history", SeriesCsv.read(Path.of("sales-history.csv"), in.readAllBytes()));
        }
        models.clear();
        models.addAll(List.of(new AutoEts(), new Naive2(), new SeasonalNaive()));
        engine = new ForecastEngine(() -> List.copyOf(models), 1);
        view = new ForecastView(workspace, () -> engine);
    }

    @AfterEach
    void tearDown() {
        engine.close();
        workspace.close();
    }

    private static List<String> texts(ViewPart part) {
        return Snapshots.texts(part.component()).stream().map(t -> t.replace('\u00a0', ' ')).toList();
    }

    @Test
    void showsHistoryForecastModelAndWhyInEveryLanguage() {
        record Expect(Locale lang, List<String> words) {
        }
        for (Expect e : List.of(
                new Expect(Locale.ENGLISH, List.of("Model and why", "Installed models", "Forecast", "Backtest", "80% low", "95% high")),
                new Expect(RU, List.of("Модель и обоснование", "Установленные модели", "Прогноз", "Бэктест", "Нижн. 80%")),
                new Expect(Locale.CHINESE, List.of("模型及理由", "已安装模型", "预测", "回测", "80% 下限")))) {
            HeadlessViewContext ctx = new HeadlessViewContext(e.lang(), RU, DEMO);
            ForecastPart part = (ForecastPart) view.open(ctx);
            part.select("sales-history", "roses", "ets");
            java.awt.image.BufferedImage img = Snapshots.render(part.component(), 1100, 750);
            assertTrue(Snapshots.inkedPixels(img) > 20_000);
            if (System.getProperty("ui.dump") != null) { // look at it: -Dui.dump=/tmp/folder
                try {
                    javax.imageio.ImageIO.write(img, "png", Path.of(System.getProperty("ui.dump"), "forecast-" + e.lang() + ".png").toFile());
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }
            List<String> texts = texts(part);
            assertTrue(texts.containsAll(e.words()), e.lang() + ": " + texts);
            assertTrue(texts.containsAll(List.of("roses", "ets", "naive2", "snaive", "2026-01", "2026-12")), texts.toString());
            assertTrue(texts.stream().anyMatch(t -> t.contains("ETS(M")), "the fitted model is named: " + texts);
            JTable figures = tables(part.component()).get(0);
            assertEquals(12, figures.getRowCount(), "a year ahead");
            assertEquals(List.of(), ctx.errors());
            part.dispose();
        }
    }

    @Test
    void aModelPluggedInWhileThePartIsOpenJoinsTheChoice() throws Exception {
        ForecastPart part = (ForecastPart) view.open(new HeadlessViewContext(Locale.ENGLISH, RU, DEMO));
        part.select("sales-history", "roses", "snaive");
        assertFalse(texts(part).contains("drift"));
        models.add(new com.salesworkbench.forecast.models.baseline.internal.Drift());
        view.modelsChanged();
        javax.swing.SwingUtilities.invokeAndWait(() -> { });
        assertTrue(texts(part).contains("drift"), "listed among the installed models");
        assertEquals("snaive", part.selectedMethod().id(), "the chosen method is kept");
        models.remove(models.size() - 1);
        view.modelsChanged();
        javax.swing.SwingUtilities.invokeAndWait(() -> { });
        assertFalse(texts(part).contains("drift"), "and leaves with its bundle");
        part.dispose();
    }

    @Test
    void automaticChoiceSaysWhy() {
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DEMO);
        ForecastPart part = (ForecastPart) view.open(ctx);
        part.select("sales-history", "tulips", ForecastEngine.AUTO);
        String why = texts(part).stream().filter(t -> t.startsWith("Model: ")).findFirst().orElseThrow();
        assertTrue(why.contains("Why: "), why);
    }

    @Test
    void backtestRunsInTheBackgroundComparesWithBenchmarksAndStopsWhenCancelled() {
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DEMO);
        ForecastPart part = (ForecastPart) view.open(ctx);
        part.select("sales-history", "roses", "ets");
        part.backtest();
        JTable metrics = tables(part.component()).get(1);
        assertEquals(3, metrics.getRowCount());
        assertEquals(List.of("ets", "naive2", "snaive"), List.of(metrics.getValueAt(0, 0), metrics.getValueAt(1, 0), metrics.getValueAt(2, 0)));
        assertTrue(String.valueOf(metrics.getValueAt(0, 1)).endsWith(" %"), "sMAPE in percent");
        assertEquals("3", metrics.getValueAt(0, 7), "three rolling origins");
        assertTrue(ctx.statuses().contains("Backtest of roses: 3 methods compared."), ctx.statuses().toString());

        // a user who cancels after the first method gets no result applied and no further methods run
        CancellingContext cancelling = new CancellingContext(new HeadlessViewContext(Locale.ENGLISH, RU, DEMO));
        ForecastPart other = (ForecastPart) view.open(cancelling);
        other.select("sales-history", "roses", "ets");
        other.backtest();
        assertEquals(List.of(2L), cancelling.workedAtCancel, "stopped after the first of three methods");
        assertEquals(0, tables(other.component()).get(1).getRowCount());
    }

    @Test
    void droppedCsvBecomesAClientSeriesAndBadFilesChangeNothing() throws Exception {
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DEMO).withImport(new Importer());
        ForecastPart part = (ForecastPart) view.open(ctx);
        Path good = dir.resolve("Shop Sales.csv");
        StringBuilder csv = new StringBuilder("series_id,ds,y\n");
        for (int m = 1; m <= 12; m++) {
            csv.append("shop,2025-").append(String.format("%02d", m)).append(',').append(100 + m).append('\n');
        }
        Files.writeString(good, csv);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "series_id,ds,y\nshop,2025-01,abc\n");
        assertTrue(part.acceptsFiles(List.of(good)));
        assertTrue(part.acceptsFiles(List.of(dir.resolve("history.xlsx"), dir.resolve("old.xls"), dir.resolve("h.txt"))));
        assertFalse(part.acceptsFiles(List.of(dir.resolve("notes.pdf"))));
        part.importFiles(List.of(good, bad));
        ClientWorkspace c = workspace.client(DEMO);
        assertEquals(List.of("sales-history", "shop-sales"), c.seriesNames());
        assertEquals(12, c.readSeries("shop-sales").get(0).length());
        assertEquals(new SeriesChoice("shop-sales", "shop"), part.selectedSeries(), "the new series is shown");
        // the bad cell is among the rows the dialog shows: it says where, and Import stays off
        assertEquals(List.of(), ctx.errors());
        assertTrue(ctx.importDialogs().get(1).contains(
                "bad.csv, line 2, column C (y): expected a number like 1234567.89, found 'abc'"), ctx.importDialogs().toString());
        assertEquals(2, ctx.importDialogs().size(), "each file was previewed in the import dialog");
        assertTrue(ctx.importDialogs().get(0).containsAll(List.of("Sales history (series)", "shop-sales", "2025-01")),
                ctx.importDialogs().get(0).toString());
    }

    @Test
    void opensInTheBackgroundAndFollowsSeriesImportedOrChangedElsewhere() {
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DEMO);
        ForecastPart part = (ForecastPart) view.open(ctx);
        assertEquals(List.of("Reading the client's series", "Forecasting roses"), ctx.tasksRun(),
                "the series are read and forecast by background tasks, not in open()");
        ClientWorkspace c = workspace.client(DEMO);
        TimeSeries roses = c.readSeries("sales-history").stream().filter(s -> s.id().equals("roses")).findFirst().orElseThrow();

        // another view (or io:import) adds a series file: the chooser lists it once the part is shown again
        c.saveSeries("shop", List.of(new TimeSeries("shop", roses.start(), roses.values())));
        part.refreshSeries(null);
        assertTrue(part.listedSeries().contains(new SeriesChoice("shop", "shop")), "the new file is offered");
        assertEquals(new SeriesChoice("sales-history", "roses"), part.selectedSeries(), "the choice is kept");
        assertEquals(3, ctx.tasksRun().size(), "unchanged figures are not forecast again");

        // the chosen series itself changes on disk: forecast again, from the new figures
        double[] doubled = roses.values().clone();
        for (int i = 0; i < doubled.length; i++) {
            doubled[i] *= 2;
        }
        List<TimeSeries> all = new ArrayList<>(c.readSeries("sales-history"));
        all.replaceAll(s -> s.id().equals("roses") ? new TimeSeries("roses", s.start(), doubled) : s);
        c.saveSeries("sales-history", all);
        String before = String.join("|", texts(part));
        part.refreshSeries(null);
        assertEquals("Forecasting roses", ctx.tasksRun().get(ctx.tasksRun().size() - 1));
        assertFalse(before.equals(String.join("|", texts(part))), "the figures follow the new history");

        // choosing another series forecasts it
        part.select("shop", "shop", "naive2");
        assertTrue(ctx.tasksRun().contains("Forecasting shop"), ctx.tasksRun().toString());
        assertEquals(List.of(), ctx.errors());
        part.dispose();
    }

    private static List<JTable> tables(Component c) {
        List<JTable> out = new ArrayList<>();
        collect(c, out);
        return out;
    }

    private static void collect(Component c, List<JTable> out) {
        if (c instanceof JTable t) {
            out.add(t);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    /** Runs tasks at once like the headless context, but the user presses cancel after the first progress step. */
    private static final class CancellingContext implements ViewContext {
        private final HeadlessViewContext delegate;
        final List<Long> workedAtCancel = new ArrayList<>();

        CancellingContext(HeadlessViewContext delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> void run(BackgroundTask<T> task) {
            if (!task.title().startsWith("Backtesting")) {
                delegate.run(task);
                return;
            }
            long[] steps = {0};
            boolean[] cancelled = {false};
            try {
                task.compute(new Progress() {
                    @Override
                    public void worked(long done, long total) {
                        steps[0] = done;
                        if (done >= 1 && !cancelled[0]) {
                            cancelled[0] = true;
                            workedAtCancel.add(total - done);
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled[0];
                    }
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            // cancelled: the window never calls succeeded
        }

        @Override
        public Locale locale() {
            return delegate.locale();
        }

        @Override
        public Formats formats() {
            return delegate.formats();
        }

        @Override
        public Optional<ClientId> client() {
            return delegate.client();
        }

        @Override
        public UndoManager undo() {
            return delegate.undo();
        }

        @Override
        public void showError(String where, Throwable error) {
            delegate.showError(where, error);
        }

        @Override
        public void status(String message) {
            delegate.status(message);
        }
    }
}
