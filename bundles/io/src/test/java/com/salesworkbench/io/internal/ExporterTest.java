package com.salesworkbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.Table.Column;
import com.salesworkbench.api.data.Table.ColumnType;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {

    @TempDir
    Path dir;

    private static Table plan() {
        List<Column> cols = List.of(new Column("manager", ColumnType.TEXT), new Column("period", ColumnType.TEXT),
                new Column("units", ColumnType.INTEGER), new Column("amount", ColumnType.MONEY),
                new Column("share", ColumnType.PERCENT), new Column("due", ColumnType.DATE));
        List<List<Object>> rows = List.of(
                Arrays.asList("Ivanov", "2026-01", 10L, new BigDecimal("1000000.50"), new BigDecimal("0.25"), LocalDate.of(2026, 1, 31)),
                Arrays.asList("Ivanov", "2026-02", 5L, new BigDecimal("500000.25"), null, null),
                Arrays.asList("Petrov", "2026-01", 7L, new BigDecimal("700000"), new BigDecimal("0.5"), LocalDate.of(2026, 1, 31)));
        return new Table("Plan", cols, rows, 0);
    }

    @Test
    void planTablesGetSubtotalFormulasFormatsAndAFrozenHeader() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        new Exporter().write(plan(), file);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("Plan");
            assertEquals("SUBTOTAL(9,D2:D3)", s.getRow(3).getCell(3).getCellFormula());
            assertEquals(1500000.75, s.getRow(3).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("Σ Ivanov", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals("SUBTOTAL(9,C5:C5)", s.getRow(5).getCell(2).getCellFormula());
            assertEquals("SUBTOTAL(9,D2:D6)", s.getRow(6).getCell(3).getCellFormula());
            assertEquals(2200000.75, s.getRow(6).getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("#,##0.00", s.getRow(1).getCell(3).getCellStyle().getDataFormatString());
            assertEquals("#,##0", s.getRow(1).getCell(2).getCellStyle().getDataFormatString());
            assertEquals("0.0%", s.getRow(1).getCell(4).getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(2026, 1, 31), s.getRow(1).getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(s.getColumnWidth(3) > 10 * 256);
            // recalculating gives the same figures: the formulas are right, not only their saved values
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            assertEquals(2200000.75, s.getRow(6).getCell(3).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void csvExportAndRoundTripThroughTheImporter() throws Exception {
        Path csv = dir.resolve("plan.csv");
        new Exporter().write(plan(), csv);
        assertEquals("manager,period,units,amount,share,due\nIvanov,2026-01,10,1000000.50,0.25,2026-01-31\n"
                + "Ivanov,2026-02,5,500000.25,,\nPetrov,2026-01,7,700000.00,0.5,2026-01-31\n",
                Files.readString(csv, StandardCharsets.UTF_8));

        // an exported plan sheet imports back as a plan: its subtotal and total rows are left out
        Path xlsx = dir.resolve("back.xlsx");
        Table t = plan();
        new Exporter().write(new Table("Plan", t.columns().subList(0, 4),
                t.rows().stream().map(r -> r.subList(0, 4)).toList(), 0), xlsx);
        MemoryWorkspace ws = new MemoryWorkspace();
        Importer importer = new Importer();
        TableSink sink = new TableSink("plan", ws).on(importer);
        assertEquals(3, importer.importFile(xlsx, ImportOptions.of(ImportKind.PLAN), ws).rows()); // not the 3 subtotal rows
        Table back = sink.last.table();
        assertEquals(List.of("period", "manager", "units", "amount"), back.columns().stream().map(Column::header).toList());
        assertEquals(List.of(com.salesworkbench.api.time.PlanPeriod.parse("2026-01"), "Ivanov", new BigDecimal("10"),
                new BigDecimal("1000000.50")), back.rows().get(0));
        assertEquals(3, back.rows().size());

        // a forecast CSV of another module becomes a typed sheet
        Table f = Tables.csv("forecast", "series_id,ds,yhat,lo80,hi80\nA,2026-01,10.5,9,12\nA,2026-02,11,9.5,12.5\n");
        assertEquals(List.of(ColumnType.TEXT, ColumnType.TEXT, ColumnType.NUMBER, ColumnType.NUMBER, ColumnType.NUMBER),
                f.columns().stream().map(Column::type).toList());
    }
}
