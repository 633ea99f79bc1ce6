package com.salesworkbench.ui.seasonality.internal;

import com.salesworkbench.ui.SeriesChoice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.SeasonalForm;
import com.salesworkbench.seasonality.SeasonalProfile;
import com.salesworkbench.io.internal.Importer;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.awt.Component;
import java.awt.Container;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.swing.JTable;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seasonality view headless on the demo client's flower sales (five years of months). */
class SeasonalityViewTest {

    private static final ClientId DEMO = ClientId.of("demo");
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    @TempDir
    Path dir;
    private Workspace workspace;
    private SeasonalityView view;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @BeforeEach
    void setUp() throws Exception {
        workspace = Workspace.open(dir.resolve("ws"));
        ClientWorkspace c = workspace.create(DEMO);
        try (InputStream in = SeasonalityViewTest.class.getResourceAsStream("sales-history.csv")) {
            c.saveSeries("sales-history", SeriesCsv.read(Path.of("sales-history.csv"), in.readAllBytes()));
        }
        view = new SeasonalityView(workspace);
    }

    @AfterEach
    void tearDown() {
        workspace.close();
    }

    private static List<String> texts(SeasonalityPart part) {
        return Snapshots.texts(part.component()).stream().map(t -> t.replace('\u00a0', ' ')).toList();
    }

    @Test
    void profileAndDecompositionInEveryLanguage() {
        record Expect(Locale lang, List<String> words) {
        }
        for (Expect e : List.of(
                new Expect(Locale.ENGLISH, List.of("Seasonal profile", "Decomposition", "Seasonal profile of roses", "January", "December", "Seasonal index")),
                new Expect(RU, List.of("Сезонный профиль", "Декомпозиция", "Сезонный профиль: roses", "январь", "декабрь", "Индекс сезонности")),
                new Expect(Locale.CHINESE, List.of("季节曲线", "分解", "roses 的季节曲线", "季节指数")))) {
            HeadlessViewContext ctx = new HeadlessViewContext(e.lang(), RU, DEMO);
            SeasonalityPart part = (SeasonalityPart) view.open(ctx);
            part.select("sales-history", "roses", SeasonalityPart.Form.AUTO);
            java.awt.image.BufferedImage img = Snapshots.render(part.component(), 1100, 750);
            assertTrue(Snapshots.inkedPixels(img) > 20_000);
            if (System.getProperty("ui.dump") != null) { // look at it: -Dui.dump=/tmp/folder
                try {
                    javax.imageio.ImageIO.write(img, "png", Path.of(System.getProperty("ui.dump"), "seasonality-" + e.lang() + ".png").toFile());
                } catch (java.io.IOException x) {
                    throw new java.io.UncheckedIOException(x);
                }
            }
            List<String> texts = texts(part);
            assertTrue(texts.containsAll(e.words()), e.lang() + ": " + texts);
            assertEquals(List.of(), ctx.errors());
            part.dispose();
        }
    }

    @Test
    void multiplicativeIndicesAverageOneAndTheDecompositionHasThreePanels() {
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, Locale.US, DEMO);
        SeasonalityPart part = (SeasonalityPart) view.open(ctx);
        part.select("sales-history", "roses", SeasonalityPart.Form.MULTIPLICATIVE);
        JTable table = find(part.component(), JTable.class);
        assertEquals(12, table.getRowCount());
        double sum = 0;
        for (int r = 0; r < 12; r++) {
            sum += Double.parseDouble(((String) table.getValueAt(r, 1)).replace("%", "").replace(",", ""));
        }
        assertEquals(1200, sum, 1.0, "indices of a multiplicative profile average 100 %");
        String explained = texts(part).stream().filter(t -> t.startsWith("Form: Multiplicative.")).findFirst().orElseThrow();
        assertTrue(explained.contains("Root mean square error"), explained);
        ChartPanel decomposition = charts(part.component()).get(1);
        assertEquals(3, ((CombinedDomainXYPlot) decomposition.getChart().getPlot()).getSubplots().size());

        part.select("sales-history", "roses", SeasonalityPart.Form.AUTO);
        // automatic: the module's reason for the form, e.g. "the seasonal swing grows with the level (RMSE ...)"
        assertTrue(texts(part).stream().anyMatch(t -> t.startsWith("Form: ") && t.contains("seasonal swing")
                && t.contains("RMSE")), texts(part).toString());
    }

    @Test
    void savesTheProfileForPlanningAndExplainsAShortSeries() throws Exception {
        HeadlessViewContext ctx = new HeadlessViewContext(RU, RU, DEMO).withImport(new Importer());
        SeasonalityPart part = (SeasonalityPart) view.open(ctx);
        part.select("sales-history", "tulips", SeasonalityPart.Form.MULTIPLICATIVE);
        part.saveProfile();
        SeasonalProfile saved = workspace.client(DEMO).read(SeasonalProfile.FOLDER + "tulips", SeasonalProfile.DOCUMENT_TYPE);
        assertEquals(SeasonalForm.MULTIPLICATIVE, saved.form());
        assertEquals(12, saved.indices().length);
        assertTrue(ctx.statuses().contains("Сохранено как seasonal-profiles/tulips."), ctx.statuses().toString());

        // a year of data cannot show a season: the view says so in the language, no dialog
        Path file = dir.resolve("short.csv");
        double[] y = new double[12];
        java.util.Arrays.fill(y, 10);
        Files.write(file, SeriesCsv.write(List.of(new TimeSeries("short", PlanPeriod.month(YearMonth.of(2025, 1)), y))));
        part.importFiles(List.of(file));
        assertEquals(new SeriesChoice("short", "short"), part.selectedSeries());
        assertEquals(List.of(), ctx.errors());
        assertEquals(0, find(part.component(), JTable.class).getRowCount());
        assertTrue(ctx.statuses().size() >= 3, ctx.statuses().toString());
        String last = ctx.statuses().get(ctx.statuses().size() - 1);
        assertTrue(!last.isBlank() && !last.startsWith("!"), last);
    }

    @Test
    void loadsInTheBackgroundAndFollowsSeriesImportedElsewhere() {
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, RU, DEMO);
        SeasonalityPart part = (SeasonalityPart) view.open(ctx);
        assertEquals(List.of("Reading the client's series", "Decomposing roses"), ctx.tasksRun(),
                "reading and decomposing are background tasks, not work of open()");
        var c = workspace.client(DEMO);
        TimeSeries roses = c.readSeries("sales-history").stream().filter(s -> s.id().equals("roses")).findFirst().orElseThrow();
        // the forecast view (or io:import) imports a file: shown again, this part offers it, keeping its choice
        c.saveSeries("shop", List.of(new TimeSeries("shop", roses.start(), roses.values())));
        part.refreshSeries(null);
        assertTrue(part.listedSeries().contains(new SeriesChoice("shop", "shop")), part.listedSeries().toString());
        assertEquals(new SeriesChoice("sales-history", "roses"), part.selectedSeries());
        assertEquals(3, ctx.tasksRun().size(), "unchanged figures are not decomposed again");
        // the chosen series is replaced on disk with other figures: decomposed again
        double[] other = roses.values().clone();
        for (int i = 0; i < other.length; i++) {
            other[i] = other[i] * 3 + i;
        }
        List<TimeSeries> all = new java.util.ArrayList<>(c.readSeries("sales-history"));
        all.replaceAll(s -> s.id().equals("roses") ? new TimeSeries("roses", s.start(), other) : s);
        c.saveSeries("sales-history", all);
        String before = String.join("|", texts(part));
        part.refreshSeries(null);
        assertEquals("Decomposing roses", ctx.tasksRun().get(ctx.tasksRun().size() - 1));
        assertFalse(before.equals(String.join("|", texts(part))), "the indices follow the new history");
        assertEquals(List.of(), ctx.errors());
    }

    private static <T> T find(Component c, Class<T> type) {
        List<T> all = new java.util.ArrayList<>();
        collect(c, type, all);
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<ChartPanel> charts(Component c) {
        List<ChartPanel> all = new java.util.ArrayList<>();
        collect(c, ChartPanel.class, all);
        return all;
    }

    private static <T> void collect(Component c, Class<T> type, List<T> out) {
        if (type.isInstance(c)) {
            out.add(type.cast(c));
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, type, out);
            }
        }
    }
}
