package com.salesworkbench.io.internal;

import com.salesworkbench.io.DataExport;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.data.Table.Column;
import com.salesworkbench.api.data.Table.ColumnType;
import com.salesworkbench.workspace.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.osgi.service.component.annotations.Component;

/**
 * CSV and XLSX export. XLSX is written with SXSSF (a window of rows in memory, the rest streamed to a temporary
 * file), with a number format per column type, a bold frozen header, column widths from the content, and for a
 * grouped table a subtotal row after each group and a total row, all {@code SUBTOTAL(9, range)}: the sum of the
 * range's detail rows, skipping the SUBTOTAL cells inside it (what Excel's own Subtotal command writes; a plain
 * SUM total would count every group twice). Formula cells carry the value
 * computed here as their saved result, so readers that do not recalculate (and this module's importer) see it.
 */
@Component(service = DataExport.class)
public final class Exporter implements DataExport {

    static final int WINDOW = 200;

    @Override
    public void write(Table table, Path file) throws IOException {
        String name = Objects.requireNonNull(file.getFileName(), "file").toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".csv")) {
            bytes = csv(table);
        } else if (name.endsWith(".xlsx")) {
            try {
                bytes = PoiContext.call(() -> xlsx(table));
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        } else {
            throw new IllegalArgumentException("Export to .csv or .xlsx, not " + file.getFileName());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            java.nio.file.Files.createDirectories(parent);
        }
        AtomicFiles.write(file, bytes);
    }

    static byte[] csv(Table table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n')
                     .setHeader(table.columns().stream().map(Column::header).toArray(String[]::new)).build())) {
            List<String> cells = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                cells.clear();
                for (int c = 0; c < row.size(); c++) {
                    cells.add(csvText(row.get(c), table.columns().get(c).type()));
                }
                p.printRecord(cells);
            }
        }
        return out.toByteArray();
    }

    private static String csvText(Object v, ColumnType type) {
        if (v == null) {
            return "";
        }
        if (v instanceof Money m) {
            v = m.amount();
        }
        if (v instanceof Number n) {
            BigDecimal d = decimal(n);
            if (d == null) {
                return "";
            }
            return type == ColumnType.MONEY ? d.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    : d.stripTrailingZeros().toPlainString();
        }
        return v.toString();
    }

    /** A number as BigDecimal; null for NaN (a missing value). */
    static BigDecimal decimal(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return Double.isNaN(d) || Double.isInfinite(d) ? null : BigDecimal.valueOf(d);
        }
        return BigDecimal.valueOf(n.longValue());
    }

    static byte[] xlsx(Table table) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            wb.setCompressTempFiles(true);
            SXSSFSheet sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(
                    table.title() == null || table.title().isBlank() ? "Data" : table.title()));
            List<Column> cols = table.columns();
            int n = cols.size();
            CellStyle[] plain = new CellStyle[n];
            CellStyle[] bold = new CellStyle[n];
            Font boldFont = wb.createFont();
            boldFont.setBold(true);
            for (int c = 0; c < n; c++) {
                plain[c] = style(wb, cols.get(c).type(), null);
                bold[c] = style(wb, cols.get(c).type(), boldFont);
            }
            CellStyle head = wb.createCellStyle();
            head.setFont(boldFont);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setBorderBottom(BorderStyle.THIN);

            int[] width = new int[n];
            Row h = sheet.createRow(0);
            for (int c = 0; c < n; c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(cols.get(c).header());
                cell.setCellStyle(head);
                width[c] = cols.get(c).header().length();
            }
            sheet.createFreezePane(0, 1);

            int r = 1;
            int groupStart = 1;
            Object group = null;
            BigDecimal[] groupSum = new BigDecimal[n];
            BigDecimal[] total = new BigDecimal[n];
            List<List<Object>> rows = table.rows();
            for (int i = 0; i < rows.size(); i++) {
                List<Object> row = rows.get(i);
                if (table.groupBy() >= 0 && i > 0 && !Objects.equals(row.get(table.groupBy()), group)) {
                    subtotal(sheet, r, groupStart, r - 1, group, table, groupSum, bold);
                    r++;
                    groupStart = r;
                    java.util.Arrays.fill(groupSum, null);
                }
                group = table.groupBy() >= 0 ? row.get(table.groupBy()) : null;
                Row out = sheet.createRow(r++);
                for (int c = 0; c < n; c++) {
                    Object v = row.get(c);
                    Cell cell = out.createCell(c);
                    cell.setCellStyle(plain[c]);
                    int len = put(cell, v, cols.get(c).type());
                    if (i < 2000) {
                        width[c] = Math.max(width[c], len);
                    }
                    if (v instanceof Money money) {
                        v = money.amount(); // summed as its amount: a table has one currency per column
                    }
                    if (v instanceof Number num && cols.get(c).summable() && decimal(num) != null) {
                        groupSum[c] = groupSum[c] == null ? decimal(num) : groupSum[c].add(decimal(num));
                        total[c] = total[c] == null ? decimal(num) : total[c].add(decimal(num));
                    }
                }
            }
            if (table.groupBy() >= 0 && !rows.isEmpty()) {
                subtotal(sheet, r, groupStart, r - 1, group, table, groupSum, bold);
                r++;
                Row t = sheet.createRow(r);
                for (int c = 0; c < n; c++) {
                    Cell cell = t.createCell(c);
                    cell.setCellStyle(bold[c]);
                    if (c == table.groupBy()) {
                        cell.setCellValue("Σ");
                    } else if (cols.get(c).summable()) {
                        String col = CellReference.convertNumToColString(c);
                        cell.setCellFormula("SUBTOTAL(9," + col + "2:" + col + r + ")");
                        cell.setCellValue(total[c] == null ? 0 : total[c].doubleValue());
                    }
                }
            }
            for (int c = 0; c < n; c++) {
                sheet.setColumnWidth(c, Math.min(60, Math.max(8, width[c] + 3)) * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } finally {
            wb.close(); // also deletes SXSSF's temporary files
        }
    }

    /** A subtotal row: the sum over the group's detail rows (0-based sheet rows {@code from}..{@code to}). */
    private static void subtotal(SXSSFSheet sheet, int index, int from, int to, Object group, Table table,
                                 BigDecimal[] sums, CellStyle[] bold) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < table.columns().size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(bold[c]);
            if (c == table.groupBy()) {
                cell.setCellValue("Σ " + (group == null ? "" : group));
            } else if (table.columns().get(c).summable()) {
                String col = CellReference.convertNumToColString(c);
                cell.setCellFormula("SUBTOTAL(9," + col + (from + 1) + ":" + col + (to + 1) + ")");
                cell.setCellValue(sums[c] == null ? 0 : sums[c].doubleValue());
            }
        }
    }

    private static int put(Cell cell, Object v, ColumnType type) {
        if (v == null) {
            return 0;
        }
        if (v instanceof Money m) {
            v = m.amount();
        }
        if (v instanceof Number num) {
            BigDecimal d = decimal(num);
            if (d == null) {
                return 0;
            }
            cell.setCellValue(d.doubleValue());
            return d.setScale(type == ColumnType.MONEY ? 2 : Math.max(0, Math.min(d.scale(), 4)), RoundingMode.HALF_UP)
                    .toPlainString().length() * 4 / 3;
        }
        if (v instanceof LocalDate date) {
            cell.setCellValue(date);
            return 10;
        }
        String s = v.toString();
        cell.setCellValue(s);
        return s.length();
    }

    private static CellStyle style(SXSSFWorkbook wb, ColumnType type, Font font) {
        CellStyle s = wb.createCellStyle();
        String format = switch (type) {
            case MONEY -> "#,##0.00";
            case INTEGER -> "#,##0";
            case NUMBER -> "#,##0.00";
            case PERCENT -> "0.0%";
            case DATE -> "yyyy-mm-dd";
            case TEXT, PERIOD -> "@";
        };
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        if (font != null) {
            s.setFont(font);
        }
        return s;
    }
}
