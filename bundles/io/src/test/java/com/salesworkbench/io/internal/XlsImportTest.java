package com.salesworkbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.data.Table;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Old Excel 97-2003 workbooks (.xls), written here with POI's HSSF, imported like XLSX. */
class XlsImportTest {

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

    private Path xls(String name, Consumer<HSSFWorkbook> content) throws Exception {
        Path file = dir.resolve(name);
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        }
        return file;
    }

    private static void rows(Sheet s, Object[]... rows) {
        for (int i = 0; i < rows.length; i++) {
            Row r = s.createRow(i);
            for (int j = 0; j < rows[i].length; j++) {
                Object v = rows[i][j];
                if (v instanceof Number n) {
                    r.createCell(j).setCellValue(n.doubleValue());
                } else if (v != null) {
                    r.createCell(j).setCellValue(v.toString());
                }
            }
        }
    }

    @Test
    void historyWithDateCellsFormulasAndTheSecondSheet() throws Exception {
        Path file = xls("история.xls", wb -> {
            rows(wb.createSheet("Notes"), new Object[] {"see the other sheet"});
            Sheet s = wb.createSheet("Продажи");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd.mm.yyyy"));
            rows(s, new Object[] {"Товар", "Дата", "Продажи"});
            for (int m = 1; m <= 3; m++) {
                Row r = s.createRow(m);
                r.createCell(0).setCellValue("Молоко");
                r.createCell(1).setCellValue(LocalDate.of(2024, m, 1));
                r.getCell(1).setCellStyle(date);
                r.createCell(2).setCellValue(1000.25 * m);
            }
            s.getRow(3).getCell(2).setCellFormula("C2+C3"); // 3000.75, saved below
            s.createRow(5).createCell(0).setCellValue("Кефир"); // row 5 left empty: skipped
            s.getRow(5).createCell(1).setCellValue(LocalDate.of(2024, 1, 1));
            s.getRow(5).getCell(1).setCellStyle(date);
            s.getRow(5).createCell(2).setCellValue(300);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });
        ImportOptions opts = ImportOptions.of(ImportKind.HISTORY).withLocale(RU).withSheet("Продажи");
        ImportPreview p = importer.preview(file, opts, client);
        assertEquals("xls", p.format());
        assertEquals("Продажи", p.sheet());
        assertEquals(List.of("Товар", "Дата", "Продажи"), p.headers());
        assertEquals(Map.of("series_id", "Товар", "ds", "Дата", "y", "Продажи"), p.mapping());
        assertEquals(List.of("Молоко", "2024-01-01", "1000.25"), p.rows().get(0));
        assertEquals(List.of("1 formula cells read by the values saved with them"), p.notes());
        assertTrue(client.seriesNames().isEmpty(), "a preview writes nothing");

        ImportResult r = importer.importFile(file, opts, client);
        assertEquals(4, r.rows());
        List<TimeSeries> saved = client.readSeries("sales");
        assertEquals("Молоко", saved.get(0).id());
        assertEquals(PlanPeriod.month(YearMonth.of(2024, 1)), saved.get(0).start());
        assertArrayEquals(new double[] {1000.25, 2000.5, 3000.75}, saved.get(0).values());
        assertEquals(300.0, saved.get(1).valueAt(0));

        // without a sheet the first one is read; a sheet that is not there is named with the real ones
        assertEquals("Notes", importer.preview(file, ImportOptions.of(ImportKind.PLAN).withMapping(Map.of()),
                client).sheet(), "the first sheet by default");
        ImportException none = assertThrows(ImportException.class,
                () -> importer.preview(file, opts.withSheet("2025"), client));
        assertEquals("В файле история.xls нет листа «2025»; листы: Notes, Продажи", none.localized(RU));
    }

    @Test
    void aPlanGridFromXls() throws Exception {
        Path file = xls("plan.xls", wb -> rows(wb.createSheet("Plan"),
                new Object[] {"period", "manager", "units", "amount"},
                new Object[] {"2026-01", "Ivanov", 10, 1_000_000.5},
                new Object[] {"2026-02", "Petrov", 12, 250_000}));
        TableSink plans = new TableSink("plan", client).on(importer);
        importer.importFile(file, ImportOptions.of(ImportKind.PLAN), client);
        Table t = plans.last.table();
        assertEquals(List.of("period", "manager", "units", "amount"),
                t.columns().stream().map(Table.Column::header).toList());
        assertEquals(List.of(PlanPeriod.parse("2026-01"), "Ivanov", new BigDecimal("10"), new BigDecimal("1000000.50")), t.rows().get(0));
        assertEquals(List.of(PlanPeriod.parse("2026-02"), "Petrov", new BigDecimal("12"), new BigDecimal("250000.00")), t.rows().get(1));
    }

    @Test
    void errorCellsMergedCellsTextForNumbersAndDamageAreRefusedNamingThePlace() throws Exception {
        Path error = xls("e.xls", wb -> {
            Sheet s = wb.createSheet("S");
            rows(s, new Object[] {"series_id", "ds", "y"}, new Object[] {"A", "2024-01", 1}, new Object[] {"A", "2024-02"});
            s.getRow(2).createCell(2).setCellErrorValue(FormulaError.DIV0.getCode());
        });
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(error, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("error.cellError", e.key());
        assertTrue(e.localized(Locale.ENGLISH).startsWith("e.xls, sheet 'S', cell C3"), e.localized(Locale.ENGLISH));
        assertTrue(e.localized(Locale.ENGLISH).endsWith("#DIV/0!"), e.localized(Locale.ENGLISH));

        Path formulaError = xls("fe.xls", wb -> {
            Sheet s = wb.createSheet("S");
            rows(s, new Object[] {"series_id", "ds", "y"}, new Object[] {"A", "2024-01", 1}, new Object[] {"A", "2024-02", 0});
            s.getRow(2).getCell(2).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll(); // saves #DIV/0! as the result
        });
        assertEquals("error.cellError", assertThrows(ImportException.class,
                () -> importer.importFile(formulaError, ImportOptions.of(ImportKind.HISTORY), client)).key());

        Path merged = xls("m.xls", wb -> {
            Sheet s = wb.createSheet("S");
            rows(s, new Object[] {"series_id", "ds", "y"}, new Object[] {"A", "2024-01", 1}, new Object[] {"", "2024-02", 2});
            s.addMergedRegion(new CellRangeAddress(1, 2, 0, 0));
        });
        ImportException m = assertThrows(ImportException.class,
                () -> importer.importFile(merged, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("m.xls, sheet 'S': cells A2:A3 are merged; unmerge them and fill in every cell",
                m.localized(Locale.ENGLISH));

        Path text = xls("t.xls", wb -> rows(wb.createSheet("S"), new Object[] {"series_id", "ds", "y"},
                new Object[] {"A", "2024-01", "12x"}));
        ImportException t = assertThrows(ImportException.class,
                () -> importer.importFile(text, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("t.xls, лист «S», ячейка C2, столбец C (y): ожидается число вида 1234567.89, а записано «12x»",
                t.localized(RU));

        byte[] good = Files.readAllBytes(text);
        Path cut = dir.resolve("cut.xls");
        Files.write(cut, java.util.Arrays.copyOf(good, 600)); // the OLE2 header survives, the rest is gone
        ImportException d = assertThrows(ImportException.class,
                () -> importer.importFile(cut, ImportOptions.of(ImportKind.HISTORY), client));
        assertEquals("error.xlsDamaged", d.key());
        assertTrue(d.localized(RU).startsWith("cut.xls не читается как книга Excel 97-2003"), d.localized(RU));

        assertTrue(client.seriesNames().isEmpty());
        assertTrue(client.documents().isEmpty(), "nothing written by a refused import");
    }
}
