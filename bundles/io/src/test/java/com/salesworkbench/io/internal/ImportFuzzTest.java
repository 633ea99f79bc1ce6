package com.salesworkbench.io.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 10 000 seeded random mutations of valid CSV, XLSX and XLS files (byte flips, truncation, inserted delimiters,
 * quotes and line breaks, swapped columns, other encodings; XLSX cells changed through POI, sheet XML damaged
 * inside the zip, and the zip itself damaged; XLS cells changed through HSSF and the OLE2 file's bytes damaged): every import either succeeds or fails with the module's
 * ImportException, whose message exists in English, Russian and Chinese, and a failed import wrote nothing.
 */
class ImportFuzzTest {

    private static final long SEED = 20_261_121L;
    private static final int CSV_CASES = 7_900;
    private static final int XML_CASES = 700;
    private static final int ZIP_CASES = 600;
    private static final int POI_CASES = 200;
    private static final int XLS_BYTE_CASES = 450;
    private static final int XLS_POI_CASES = 150;
    private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("zh")};

    @TempDir
    Path dir;

    private final Importer importer = new Importer();
    /** The pipeline module's stand-in: writes to each case's workspace, refuses an id twice. */
    private final TableSink pipelines = new TableSink("pipeline", null).on(importer);
    private final Map<String, Integer> outcomes = new LinkedHashMap<>();
    private int cases;

    @Test
    void mutatedFilesImportCleanlyOrFailCleanly() throws Exception {
        Random rnd = new Random(SEED);
        long t0 = System.nanoTime();
        List<byte[]> csvs = List.of(
                historyCsv(",", "2024-%02d", "%d.%d").getBytes(StandardCharsets.UTF_8),
                historyCsv(";", "01.%02d.2024", "1 %d%d,50").getBytes(Encodings.CP1251),
                ("id,rep,customer,amount,probability,close,status\n17,Ivanov,Romashka,300000,50%,2026-12,open\n"
                        + "18,Petrov,Lilia,900000,100,2026-10-14,won\n19,Сидоров,Ромашка,\"1,500.75\",20,2026-11,open\n")
                        .getBytes(StandardCharsets.UTF_8),
                "系列,日期,销售额\n牛奶,2024年1月,1162500.50\n牛奶,2024年2月,3\n酸奶,2024年1月,7\n".getBytes(Encodings.GBK));
        ImportKind[] csvKinds = {ImportKind.HISTORY, ImportKind.HISTORY, ImportKind.PIPELINE, ImportKind.HISTORY};
        for (int i = 0; i < CSV_CASES; i++) {
            int base = rnd.nextInt(csvs.size());
            run("m.csv", mutateCsv(csvs.get(base), rnd), csvKinds[base]);
        }
        byte[] xlsx = workbook(rnd, false, false);
        for (int i = 0; i < XML_CASES; i++) {
            run("m.xlsx", mutateSheetXml(xlsx, rnd), ImportKind.HISTORY);
        }
        for (int i = 0; i < ZIP_CASES; i++) {
            run("m.xlsx", mutateBytes(xlsx, rnd), ImportKind.HISTORY);
        }
        for (int i = 0; i < POI_CASES; i++) {
            run("m.xlsx", workbook(rnd, true, false), ImportKind.HISTORY);
        }
        byte[] xls = workbook(rnd, false, true);
        for (int i = 0; i < XLS_BYTE_CASES; i++) {
            run("m.xls", mutateBytes(xls, rnd), i % 3 == 0 ? ImportKind.PLAN : ImportKind.HISTORY);
        }
        for (int i = 0; i < XLS_POI_CASES; i++) {
            run("m.xls", workbook(rnd, true, true), ImportKind.HISTORY);
        }
        System.out.printf("fuzz: %d cases in %.1f s: %s%n", cases, (System.nanoTime() - t0) / 1e9, outcomes);
        assertEquals(CSV_CASES + XML_CASES + ZIP_CASES + POI_CASES + XLS_BYTE_CASES + XLS_POI_CASES, cases);
        assertTrue(cases >= 10_000);
        // the mutations must reach both outcomes, and more than one kind of refusal
        assertTrue(outcomes.getOrDefault("ok", 0) > 100, outcomes.toString());
        assertTrue(outcomes.size() > 10, outcomes.toString());
    }

    private void run(String name, byte[] content, ImportKind kind) throws Exception {
        cases++;
        Path file = dir.resolve(name);
        Files.write(file, content);
        MemoryWorkspace ws = new MemoryWorkspace();
        pipelines.target = ws;
        try {
            importer.importFile(file, ImportOptions.of(kind), ws);
            outcomes.merge("ok", 1, Integer::sum);
            assertFalse(ws.writes == 0, "a successful import writes");
        } catch (ImportException e) {
            outcomes.merge(e.key(), 1, Integer::sum);
            assertEquals(0, ws.writes, "a failed import wrote something: " + e);
            if (cases % 7 == 0) {
                for (Locale l : LOCALES) {
                    String text = e.localized(l);
                    assertFalse(text.startsWith("!") || text.isBlank(), l + ": " + e);
                }
            }
        } catch (RuntimeException | Error e) {
            Path keep = dir.resolve("failing-case-" + cases + "-" + name);
            Files.write(keep, content);
            fail("case " + cases + " (" + kind + ", kept as " + keep + ") threw " + e, e);
        }
    }

    private static String historyCsv(String sep, String ds, String y) {
        StringBuilder sb = new StringBuilder("series_id" + sep + "ds" + sep + "y\n");
        for (String s : List.of("A", "Б", "C")) {
            for (int m = 1; m <= 12; m++) {
                sb.append(s).append(sep).append(String.format(Locale.ROOT, ds, m)).append(sep)
                        .append(String.format(Locale.ROOT, y, m, m % 7)).append('\n');
            }
        }
        return sb.toString();
    }

    private static final String[] INSERTS = {",", ";", "\t", "\"", "\n", "\r\n", "\u00A0", "\uFEFF", "%", "-", ".", ",,",
            "\"\"", "2024-13", "31.02.2024", "1e999", "NaN", "#DIV/0!", "Ж", "销"};

    private static byte[] mutateCsv(byte[] base, Random rnd) {
        byte[] b = base;
        int steps = 1 + rnd.nextInt(3);
        for (int s = 0; s < steps && b.length > 0; s++) {
            switch (rnd.nextInt(7)) {
                case 0 -> { // flip a byte
                    b = b.clone();
                    b[rnd.nextInt(b.length)] ^= (byte) (1 << rnd.nextInt(8));
                }
                case 1 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1)); // truncate
                case 2 -> { // insert a delimiter, quote, line break or a bad token
                    byte[] ins = INSERTS[rnd.nextInt(INSERTS.length)].getBytes(StandardCharsets.UTF_8);
                    int at = rnd.nextInt(b.length + 1);
                    byte[] out = new byte[b.length + ins.length];
                    System.arraycopy(b, 0, out, 0, at);
                    System.arraycopy(ins, 0, out, at, ins.length);
                    System.arraycopy(b, at, out, at + ins.length, b.length - at);
                    b = out;
                }
                case 3 -> b = swapColumns(b, rnd);
                case 4 -> { // delete a range
                    if (b.length > 2) {
                        int from = rnd.nextInt(b.length - 1);
                        int to = Math.min(b.length, from + 1 + rnd.nextInt(20));
                        byte[] out = new byte[b.length - (to - from)];
                        System.arraycopy(b, 0, out, 0, from);
                        System.arraycopy(b, to, out, from, b.length - to);
                        b = out;
                    }
                }
                case 5 -> { // duplicate a line
                    String t = new String(b, StandardCharsets.ISO_8859_1);
                    String[] lines = t.split("\n", -1);
                    int k = rnd.nextInt(lines.length);
                    List<String> l = new ArrayList<>(Arrays.asList(lines));
                    l.add(k, lines[k]);
                    b = String.join("\n", l).getBytes(StandardCharsets.ISO_8859_1);
                }
                default -> { // random bytes in the middle
                    b = b.clone();
                    int at = rnd.nextInt(b.length == 0 ? 1 : b.length);
                    for (int i = at; i < Math.min(b.length, at + 4); i++) {
                        b[i] = (byte) rnd.nextInt(256);
                    }
                }
            }
        }
        return b;
    }

    /** Swaps two columns in the header or in one row (ISO-8859-1 keeps every byte as it was). */
    private static byte[] swapColumns(byte[] b, Random rnd) {
        String t = new String(b, StandardCharsets.ISO_8859_1);
        String[] lines = t.split("\n", -1);
        int k = rnd.nextInt(Math.min(lines.length, 5));
        String sep = lines[0].contains(";") ? ";" : ",";
        String[] cells = lines[k].split(sep, -1);
        if (cells.length >= 2) {
            int i = rnd.nextInt(cells.length);
            int j = rnd.nextInt(cells.length);
            String x = cells[i];
            cells[i] = cells[j];
            cells[j] = x;
            lines[k] = String.join(sep, cells);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] mutateBytes(byte[] base, Random rnd) {
        byte[] b = base.clone();
        if (rnd.nextInt(4) == 0) {
            return Arrays.copyOf(b, rnd.nextInt(b.length));
        }
        int flips = 1 + rnd.nextInt(8);
        for (int i = 0; i < flips; i++) {
            b[4 + rnd.nextInt(b.length - 4)] ^= (byte) (1 << rnd.nextInt(8));
        }
        return b;
    }

    private static final String[] XML_INSERTS = {"<", ">", "&", "\"", "<c r=\"B2\" t=\"e\"><v>#N/A</v></c>",
            "<c r=\"ZZZZ9\"><v>1</v></c>", "<c r=\"C3\"><f>A1</f></c>", "<c r=\"A2\" t=\"s\"><v>999</v></c>",
            "<c r=\"C2\" s=\"77\"><v>45000</v></c>", "<mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells>",
            "<row r=\"x\">", "</row>", "<v>abc</v>", "<c t=\"b\"><v>1</v></c>", "<c r=\"C4\" t=\"inlineStr\"><is><t>x</t></is></c>"};

    /** Damages the first sheet's XML inside the package and zips it again. */
    private static byte[] mutateSheetXml(byte[] xlsx, Random rnd) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals("xl/worksheets/sheet1.xml") || (e.getName().equals("xl/sharedStrings.xml") && rnd.nextInt(5) == 0)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = rnd.nextInt(xml.length());
                    switch (rnd.nextInt(3)) {
                        case 0 -> xml = xml.substring(0, at) + XML_INSERTS[rnd.nextInt(XML_INSERTS.length)] + xml.substring(at);
                        case 1 -> xml = xml.substring(0, at);
                        default -> {
                            char[] c = xml.toCharArray();
                            c[at] = (char) ('0' + rnd.nextInt(75));
                            xml = new String(c);
                        }
                    }
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new ZipEntry(e.getName()));
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A valid long-format history workbook, XLSX or (with {@code xls}) Excel 97-2003; with {@code mutate}, random
     * cells changed through POI.
     */
    private static byte[] workbook(Random rnd, boolean mutate, boolean xls) throws Exception {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("History");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("series_id");
            h.createCell(1).setCellValue("ds");
            h.createCell(2).setCellValue("y");
            int r = 1;
            for (String id : List.of("A", "B")) {
                for (int m = 1; m <= 6; m++) {
                    Row row = s.createRow(r++);
                    row.createCell(0).setCellValue(id);
                    row.createCell(1).setCellValue("2024-0" + m);
                    row.createCell(2).setCellValue(m * 10.5);
                }
            }
            if (mutate) {
                int changes = 1 + rnd.nextInt(3);
                for (int i = 0; i < changes; i++) {
                    Row row = s.getRow(rnd.nextInt(r)) != null ? s.getRow(rnd.nextInt(r)) : s.createRow(rnd.nextInt(40));
                    if (row == null) {
                        continue;
                    }
                    Cell c = row.createCell(rnd.nextInt(5));
                    switch (rnd.nextInt(8)) {
                        case 0 -> c.setCellValue("x" + rnd.nextInt(100));
                        case 1 -> c.setCellValue(rnd.nextDouble() * 1e6);
                        case 2 -> c.setCellFormula("1+" + rnd.nextInt(9));
                        case 3 -> c.setCellValue(java.time.LocalDate.of(2024, 1 + rnd.nextInt(12), 1));
                        case 4 -> c.setCellValue(rnd.nextBoolean());
                        case 5 -> c.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0.getCode());
                        case 6 -> {
                            try {
                                s.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum() + 1, 0, 0));
                            } catch (IllegalStateException overlapping) {
                                c.setCellValue("overlap");
                            }
                        }
                        default -> c.setBlank();
                    }
                }
                if (rnd.nextInt(10) == 0) {
                    wb.setSheetName(0, "Другой");
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
