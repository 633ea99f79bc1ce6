package com.salesworkbench.ui.internal.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.io.internal.Importer;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's import: the choices as plain logic, the panel rendered headless, and the whole flow through io. */
class ImportDialogTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static ImportPreview preview(List<String> headers, Map<String, String> mapping, boolean wide) {
        return new ImportPreview("f.csv", "csv", "UTF-8", ",", "", headers, mapping, false, wide, Map.of(), Map.of(),
                List.of(), 3, List.of(), null);
    }

    @Test
    void choicesBuildTheOptionsTheUserConfirmed() {
        ImportPreview p = preview(List.of("Товар", "Месяц", "Штук", "Сумма"), Map.of("period", "Месяц", "product", "Товар"), false);
        ImportChoices c = new ImportChoices(ImportKind.PLAN, p, "plan-2026");
        assertEquals(List.of("amount"), c.missing(), "amount has no proposed column");
        assertFalse(c.complete());
        assertThrows(IllegalStateException.class, () -> c.options(ImportOptions.of(ImportKind.PLAN)));
        assertEquals(List.of(ImportChoices.NONE, "Товар", "Месяц", "Штук", "Сумма"), c.options(ImportKind.PLAN.fields().get(6)));

        c.choose("amount", "Сумма");
        c.choose("units", "Штук");
        c.choose("product", ImportChoices.NONE); // the user drops a proposed column
        assertTrue(c.complete());
        ImportOptions o = c.options(ImportOptions.of(ImportKind.PLAN).withLocale(RU).withEncoding(Charset.forName("windows-1251")));
        assertEquals(ImportKind.PLAN, o.kind());
        assertEquals("plan-2026", o.target());
        assertEquals(Map.of("period", "Месяц", "amount", "Сумма", "units", "Штук"), o.mapping());
        assertEquals(RU, o.locale());
        assertEquals(Optional.of(Charset.forName("windows-1251")), o.encoding(), "detection overrides are kept");

        c.choose("manager", "Сумма");
        assertEquals(List.of("Сумма"), c.reused());
        c.setTarget("План 2026");
        assertFalse(c.targetValid());
        assertFalse(c.complete());
        assertThrows(IllegalArgumentException.class, () -> c.choose("series_id", "Товар"), "not a plan field");
    }

    @Test
    void wideHistoryLeavesThePeriodColumnsToIo() {
        ImportPreview p = preview(List.of("sku", "2024-01", "2024-02"),
                Map.of("series_id", "sku", "ds", ImportChoices.PERIOD_COLUMNS, "y", ImportChoices.PERIOD_COLUMNS), true);
        ImportChoices c = new ImportChoices(ImportKind.HISTORY, p, "sales");
        assertEquals(ImportChoices.PERIOD_COLUMNS, c.chosen("ds"));
        assertTrue(c.options(ImportKind.HISTORY.fields().get(1)).contains(ImportChoices.PERIOD_COLUMNS));
        assertFalse(c.options(ImportKind.HISTORY.fields().get(0)).contains(ImportChoices.PERIOD_COLUMNS));
        assertTrue(c.missing().isEmpty());
        assertEquals(Map.of("series_id", "sku"), c.options(ImportOptions.of(ImportKind.HISTORY)).mapping());
    }

    @Test
    void thePanelShowsWhatIoDetectedAndTheProposedMappingInRussian() throws Exception {
        Path file = dir.resolve("продажи.csv");
        Files.write(file, ("Товар;Дата;Продажи\nМолоко;01.01.2024;1 162 500,50\nКефир;01.02.2024;300\n")
                .getBytes(Charset.forName("windows-1251")));
        ImportPreview p = new Importer().preview(file, ImportOptions.of(ImportKind.HISTORY).withLocale(RU), client);
        List<ImportChoices> confirmed = new ArrayList<>();
        ImportPanel panel = new ImportPanel(ImportTexts.of(RU), file, new ImportChoices(ImportKind.HISTORY, p, "prodazhi"),
                new ImportPanel.Listener() {
                    @Override
                    public void kindChanged(ImportKind kind) {
                    }

                    @Override
                    public void choicesChanged(ImportChoices choices) {
                    }

                    @Override
                    public void confirmed(ImportChoices choices) {
                        confirmed.add(choices);
                    }

                    @Override
                    public void cancelled() {
                    }
                });
        assertTrue(Snapshots.inkedPixels(Snapshots.render(panel.component(), 900, 700)) > 5_000, "the panel paints");
        List<String> texts = Snapshots.texts(panel.component());
        for (String expected : List.of("История продаж (ряды)", "Формат CSV, кодировка windows-1251, разделитель точка с запятой",
                "Строк данных: 2", "Ряд *", "Товар", "Период *", "Дата", "dd.MM.yyyy", "Значение *", "Продажи",
                "числа вида 1 234,56", "prodazhi", "Молоко", "2024-01-01", "1162500.5", "Импортировать", "Отмена")) {
            assertTrue(texts.contains(expected), expected + " in " + texts);
        }
        assertEquals("Импорт продажи.csv", panel.title());

        // the user picks no column for the value: Import is off and the message says which field is missing
        panel.column("y").setSelectedItem(ImportChoices.NONE);
        assertFalse(panel.confirmButton().isEnabled());
        assertTrue(Snapshots.texts(panel.component()).contains("Выберите столбец для: Значение"));
        panel.column("y").setSelectedItem("Продажи");
        assertTrue(panel.confirmButton().isEnabled());
        panel.confirmButton().doClick();
        assertEquals(Map.of("series_id", "Товар", "ds", "Дата", "y", "Продажи"),
                confirmed.get(0).options(ImportOptions.of(ImportKind.HISTORY)).mapping());
    }

    @Test
    void theFlowImportsRemembersTheMappingAndReportsRefusalsNamingThePlace() throws Exception {
        Path file = dir.resolve("shop.csv");
        Files.writeString(file, "article,month,qty\nA-1,2024-01,5\nA-1,2024-02,7\n", StandardCharsets.UTF_8);
        HeadlessViewContext ctx = new HeadlessViewContext(Locale.ENGLISH, Locale.ENGLISH, ClientId.of("acme"))
                .withImport(new Importer());
        List<FileImports.Imported> done = new ArrayList<>();
        // "article" is no known name for the series: the dialog (confirmed as proposed) cannot import it
        ctx.importFiles(client, List.of(file), ImportKind.HISTORY, done::add);
        assertTrue(done.isEmpty());
        assertTrue(ctx.importDialogs().get(0).contains("Choose a column for: Series"), ctx.importDialogs().toString());
        assertTrue(client.seriesNames().isEmpty());

        Path good = dir.resolve("Shop Sales.csv");
        Files.writeString(good, "series_id,month,qty\nA-1,2024-01,5\nA-1,2024-02,7\n", StandardCharsets.UTF_8);
        ctx.importFiles(client, List.of(good), ImportKind.HISTORY, done::add);
        assertEquals(1, done.size());
        assertEquals("shop-sales", done.get(0).target());
        assertEquals(2, done.get(0).result().rows());
        TimeSeries s = client.readSeries("shop-sales").get(0);
        assertEquals("A-1", s.id());
        assertEquals(7.0, s.valueAt(1));
        assertTrue(ctx.statuses().contains("Imported 2 rows from Shop Sales.csv as \u201cshop-sales\u201d"), ctx.statuses().toString());
        assertTrue(client.documents().toString().contains("io/mappings/history"), "io remembers the mapping: " + client.documents());
        ImportPreview again = new Importer().preview(good, ImportOptions.of(ImportKind.HISTORY), client);
        assertTrue(again.remembered());

        // a bad cell among the rows shown: the dialog says where, Import stays off, nothing is written
        HeadlessViewContext ru = new HeadlessViewContext(RU, RU, ClientId.of("acme")).withImport(new Importer());
        Path shown = dir.resolve("shown.csv");
        Files.writeString(shown, "series_id,ds,y\nA,2024-01,1\nA,2024-02,12x\n", StandardCharsets.UTF_8);
        ru.importFiles(client, List.of(shown), ImportKind.HISTORY, done::add);
        assertTrue(ru.importDialogs().get(0).contains(
                "shown.csv, строка 3, столбец C (y): ожидается число вида 1 234 567,89, а записано «12x»"),
                ru.importDialogs().toString());
        assertEquals(List.of(), ru.errors());
        // a bad cell further down: the import refuses the file, the window's error dialog names the cell
        StringBuilder csv = new StringBuilder("series_id,ds,y\n");
        for (int m = 1; m <= 12; m++) {
            csv.append("A,2024-").append(String.format("%02d", m)).append(',').append(m == 12 ? "12x" : "5").append('\n');
        }
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, csv, StandardCharsets.UTF_8);
        ru.importFiles(client, List.of(bad), ImportKind.HISTORY, done::add);
        assertEquals(1, done.size());
        assertEquals("bad.csv", ru.errors().get(0).where());
        assertEquals("bad.csv, строка 13, столбец C (y): ожидается число вида 1 234 567,89, а записано «12x»",
                ru.errors().get(0).error().getMessage());
        assertFalse(client.seriesNames().contains("bad"));
        assertFalse(client.seriesNames().contains("shown"));

        // a context without io says the import is not installed
        HeadlessViewContext none = new HeadlessViewContext(Locale.ENGLISH, Locale.ENGLISH, ClientId.of("acme"));
        FileImports.start(none, client, List.of(good), ImportKind.HISTORY, done::add);
        assertTrue(none.errors().get(0).error().getMessage().contains("Office documents feature (office)"));
        assertTrue(FileImports.readable(List.of(Path.of("a.CSV"), Path.of("b.xls"), Path.of("c.xlsx"), Path.of("d.tsv"))));
        assertFalse(FileImports.readable(List.of(Path.of("a.csv"), Path.of("b.pdf"))));
        assertFalse(FileImports.readable(List.of()));
    }
}
