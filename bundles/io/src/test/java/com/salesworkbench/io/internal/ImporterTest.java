package com.salesworkbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.Table.ColumnType;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private Workspace workspace;
    private ClientWorkspace client;
    private final Importer importer = new Importer();

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws"));
        client = workspace.create(ClientId.of("acme"));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private Path write(String name, byte[] content) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void russianCp1251HistoryWithSemicolonsAndDatesIsReadAsMonthlySeries() throws Exception {
        String csv = "Товар;Дата;Продажи\n"
                + "Молоко;01.01.2024;1\u00A0162\u00A0500,50\n"
                + "Молоко;01.02.2024;\"1 000,25\"\n"
                + "Кефир;01.01.2024;300\n"
                + "Молоко;01.04.2024;7\n";
        Path file = write("продажи.csv", csv.getBytes(Encodings.CP1251));
        ImportOptions opts = ImportOptions.of(ImportKind.HISTORY).withLocale(RU);

        ImportPreview p = importer.preview(file, opts, client);
        assertEquals("windows-1251", p.encoding());
        assertEquals(";", p.delimiter());
        assertEquals(Map.of("series_id", "Товар", "ds", "Дата", "y", "Продажи"), p.mapping());
        assertEquals("ru", p.numbers().get("y"));
        assertEquals("dd.MM.yyyy", p.dates().get("ds"));
        assertEquals(List.of("Молоко", "2024-01-01", "1162500.5"), p.rows().get(0));
        assertTrue(client.seriesNames().isEmpty(), "a preview writes nothing");

        ImportResult r = importer.importFile(file, opts, client);
        assertEquals(4, r.rows());
        assertEquals(2, r.series());
        List<TimeSeries> saved = client.readSeries("sales");
        TimeSeries milk = saved.get(0);
        assertEquals("Молоко", milk.id());
        assertEquals(PlanPeriod.month(YearMonth.of(2024, 1)), milk.start());
        assertArrayEquals(new double[] {1162500.5, 1000.25, Double.NaN, 7}, milk.values());
        assertEquals(300.0, saved.get(1).valueAt(0));

        // the confirmed mapping is remembered for this layout, even with other header names than the proposal
        Path other = write("other.csv", "a,b,c\nx,2024-01,5\n".getBytes(StandardCharsets.UTF_8));
        importer.importFile(other, opts.withMapping(Map.of("series_id", "a", "ds", "b", "y", "c")).withTarget("other"), client);
        ImportPreview again = importer.preview(other, opts, client);
        assertTrue(again.remembered());
        assertEquals(Map.of("series_id", "a", "ds", "b", "y", "c"), again.mapping());
    }

    @Test
    void aBadCellAnywhereRefusesTheWholeFileAndNamesThePlace() throws Exception {
        String csv = "series_id,ds,y\nA,2024-01,1\nA,2024-02,2\nB,2024-01,12x\n";
        Path file = write("h.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(file, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("error.number", e.key());
        assertEquals("h.csv, line 4, column C (y): expected a number like 1234567.89, found '12x'", e.localized(Locale.ENGLISH));
        assertEquals("h.csv, строка 4, столбец C (y): ожидается число вида 1234567.89, а записано «12x»", e.localized(RU));
        assertTrue(client.seriesNames().isEmpty());
        assertTrue(client.documents().isEmpty());

        Path dup = write("d.csv", "series_id,ds,y\nA,2024-01,1\nA,2024-01,2\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("error.duplicatePeriod", assertThrows(ImportException.class,
                () -> importer.importFile(dup, ImportOptions.of(ImportKind.HISTORY), client)).key());
        Path text = write("t.csv", "series_id,ds,y\nA,January,1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("error.date", assertThrows(ImportException.class,
                () -> importer.importFile(text, ImportOptions.of(ImportKind.HISTORY), client)).key());
        assertTrue(client.seriesNames().isEmpty());
    }

    @Test
    void wideXlsxWithDateCellsFormulasAndChineseHeaders() throws Exception {
        Path file = dir.resolve("销售.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("数据");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("系列");
            for (int m = 1; m <= 3; m++) {
                var c = h.createCell(m);
                c.setCellValue(LocalDate.of(2024, m, 1));
                c.setCellStyle(date);
            }
            Row r1 = s.createRow(1);
            r1.createCell(0).setCellValue("牛奶");
            r1.createCell(1).setCellValue(10);
            r1.createCell(2).setCellValue(20.5);
            r1.createCell(3).setCellFormula("B2+C2");
            Row r2 = s.createRow(2);
            r2.createCell(0).setCellValue("酸奶");
            r2.createCell(2).setCellValue("1,250.75");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
        ImportResult r = importer.importFile(file, ImportOptions.of(ImportKind.HISTORY), client);
        assertEquals(2, r.rows());
        List<TimeSeries> saved = client.readSeries("sales");
        assertArrayEquals(new double[] {10, 20.5, 30.5}, saved.get(0).values());
        assertEquals(PlanPeriod.month(YearMonth.of(2024, 1)), saved.get(0).start());
        assertArrayEquals(new double[] {Double.NaN, 1250.75, Double.NaN}, saved.get(1).values());
        ImportPreview p = importer.preview(file, ImportOptions.of(ImportKind.HISTORY), client);
        assertTrue(p.wide());
        assertEquals("数据", p.sheet());
    }

    @Test
    void formulasWithoutValuesMergedCellsAndEmptySheetsAreRefused() throws Exception {
        Path noValue = dir.resolve("f.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(noValue)) {
            Sheet s = wb.createSheet("Plan");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("series_id");
            h.createCell(1).setCellValue("ds");
            h.createCell(2).setCellValue("y");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("A");
            r.createCell(1).setCellValue("2024-01");
            r.createCell(2).setCellFormula("1+1"); // never evaluated: no saved value
            wb.createSheet("Empty");
            wb.write(out);
        }
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(noValue, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("error.formulaNoValue", e.key());
        assertTrue(e.localized(Locale.ENGLISH).startsWith("f.xlsx, sheet 'Plan', cell C2"), e.localized(Locale.ENGLISH));
        ImportException empty = assertThrows(ImportException.class,
                () -> importer.importFile(noValue, ImportOptions.of(ImportKind.HISTORY).withSheet("Empty"), client));
        assertEquals("f.xlsx, лист «Empty»: нет ни одной строки (пусто)", empty.localized(RU));

        Path merged = dir.resolve("m.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(merged)) {
            Sheet s = wb.createSheet("S");
            String[][] rows = {{"series_id", "ds", "y"}, {"A", "2024-01", "1"}, {"", "2024-02", "2"}};
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < 3; j++) {
                    s.createRow(i);
                }
            }
            for (int i = 0; i < rows.length; i++) {
                Row row = s.getRow(i);
                for (int j = 0; j < 3; j++) {
                    row.createCell(j).setCellValue(rows[i][j]);
                }
            }
            s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
            wb.write(out);
        }
        ImportException m = assertThrows(ImportException.class,
                () -> importer.importFile(merged, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("m.xlsx, sheet 'S': cells A2:A3 are merged; unmerge them and fill in every cell",
                m.localized(Locale.ENGLISH));
        assertTrue(client.seriesNames().isEmpty());
        assertTrue(client.documents().isEmpty());
    }

    @Test
    void pipelinesAndPlansGoTypedToTheSinkOfTheirKind() throws Exception {
        TableSink pipelines = new TableSink("pipeline", client).on(importer);
        TableSink plans = new TableSink("plan", client).on(importer);
        String csv = "id,rep,customer,amount,probability,close,status\n"
                + "17,Ivanov,Romashka,\"300,000.50\",50%,2026-12,open\n"
                + "18,Petrov,Lilia,900000,100,2026-10-14,won\n";
        Path file = write("pipe.csv", csv.getBytes(StandardCharsets.UTF_8));
        ImportResult r = importer.importFile(file, ImportOptions.of(ImportKind.PIPELINE), client);
        assertEquals(List.of("test/pipeline/main", "io/mappings/pipeline"), r.written());
        Table t = pipelines.last.table();
        assertEquals(List.of("id", "rep", "customer", "amount", "probability", "close", "status"),
                t.columns().stream().map(Table.Column::header).toList());
        assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.TEXT, ColumnType.MONEY, ColumnType.PERCENT,
                ColumnType.PERIOD, ColumnType.TEXT), t.columns().stream().map(Table.Column::type).toList());
        assertEquals(List.of("17", "Ivanov", "Romashka", new BigDecimal("300000.50"), new BigDecimal("0.50"),
                PlanPeriod.parse("2026-12"), "open"), t.rows().get(0));
        assertEquals(PlanPeriod.parse("2026-10-14"), t.rows().get(1).get(5));
        assertEquals(List.of(2L, 3L), pipelines.last.sourceRows());

        Path bad = write("pipe2.csv", "rep,customer,amount,probability,close\nA,B,5,150,2026-01\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("error.percent", assertThrows(ImportException.class,
                () -> importer.importFile(bad, ImportOptions.of(ImportKind.PIPELINE).withTarget("second"), client)).key());
        assertTrue(client.find("test/pipeline/second", TableSink.TYPE).isEmpty());

        String plan = "Период\tМенеджер\tСумма\n2026-01-01\tИванов\t1 000 000,00\n2026-02-01\tИванов\t500 000\n";
        Path pf = write("plan.txt", plan.getBytes(StandardCharsets.UTF_8));
        importer.importFile(pf, ImportOptions.of(ImportKind.PLAN).withLocale(RU), client);
        Table pt = plans.last.table();
        assertEquals(List.of("period", "manager", "amount"), pt.columns().stream().map(Table.Column::header).toList());
        // dates on the first of every month are the months of a monthly plan
        assertEquals(List.of(PlanPeriod.parse("2026-01"), "Иванов", new BigDecimal("1000000.00")), pt.rows().get(0));
    }

    @Test
    void aSinkRefusingARowLeavesNothingAndTheMessageNamesTheCell() throws Exception {
        MemoryWorkspace ws = new MemoryWorkspace();
        new TableSink("pipeline", ws).on(importer);
        Path file = write("dup.csv", ("id,rep,customer,amount,probability,close\n"
                + "7,Ivanov,Romashka,100,50,2026-12\n7,Petrov,Lilia,200,20,2026-11\n").getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(file, ImportOptions.of(ImportKind.PIPELINE), ws));
        assertEquals("error.module", e.key());
        assertEquals("dup.csv, line 3, column A (id): the id 7 is also in row 2", e.localized(Locale.ENGLISH));
        assertEquals(0, ws.writes); // neither the document nor the remembered mapping
    }

    @Test
    void aRememberedMappingFitsTheSameHeadersSpelledOtherwise() throws Exception {
        TableSink plans = new TableSink("plan", client).on(importer);
        importer.importFile(write("a.csv", "Period,Manager,Amount\n2026-06,Ivanov,100\n".getBytes(StandardCharsets.UTF_8)),
                ImportOptions.of(ImportKind.PLAN), client);
        // an exported sheet names its columns by the field ids: the remembered mapping still applies
        importer.importFile(write("b.csv", "period,manager,amount\n2026-07,Petrov,200\n".getBytes(StandardCharsets.UTF_8)),
                ImportOptions.of(ImportKind.PLAN).withTarget("b"), client);
        assertEquals(List.of(PlanPeriod.parse("2026-07"), "Petrov", new BigDecimal("200.00")), plans.last.table().rows().get(0));
    }

    @Test
    void withoutAModuleOfTheKindNothingIsWritten() throws Exception {
        MemoryWorkspace ws = new MemoryWorkspace();
        Path file = write("plan.csv", "period,manager,amount\n2026-06,Ivanov,100\n".getBytes(StandardCharsets.UTF_8));
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(file, ImportOptions.of(ImportKind.PLAN), ws));
        assertEquals("plan.csv: no module takes plan imports for this client (the planning feature is not installed);"
                + " nothing was written", e.localized(Locale.ENGLISH));
        assertTrue(e.localized(RU).contains("planning"));
        assertEquals(0, ws.writes);
        // the module goes away again (a client switch): its sink is no longer used
        TableSink sink = new TableSink("plan", ws).on(importer);
        importer.importFile(file, ImportOptions.of(ImportKind.PLAN), ws);
        importer.removeSink(sink, Map.of(com.salesworkbench.api.data.DataKinds.PROPERTY, "plan"));
        assertEquals("error.noModule", assertThrows(ImportException.class,
                () -> importer.importFile(file, ImportOptions.of(ImportKind.PLAN).withTarget("b"), ws)).key());
    }

    @Test
    void gbkAndTheWrongEncodingGiven() throws Exception {
        String csv = "系列,日期,销售额\n牛奶,2024年1月,\"1,162,500.50\"\n牛奶,2024年2月,3\n";
        Path file = write("zh.csv", csv.getBytes(Encodings.GBK));
        importer.importFile(file, ImportOptions.of(ImportKind.HISTORY), client);
        assertEquals(1162500.5, client.readSeries("sales").get(0).valueAt(0));
        ImportException e = assertThrows(ImportException.class, () -> importer.importFile(file,
                ImportOptions.of(ImportKind.HISTORY).withEncoding(StandardCharsets.UTF_8).withTarget("again"), client));
        assertEquals("error.encoding", e.key());
    }
}
