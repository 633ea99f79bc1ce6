package com.salesworkbench.io.internal.bench;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.io.internal.Importer;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * {@code bench import}: generates history in long form ({@code series_id,ds,y}, Russian number format with a
 * decimal comma and semicolons, so the detectors do real work) as CSV of 1 000 000 rows and as XLSX (200 000 rows
 * by default), imports each into a fresh client workspace and prints the wall time and the peak heap of the import
 * (the sum over the heap pools' peak usage, reset before each import). Run with -Xmx1g; bars: 5 s and 1 GiB.
 * Options: --rows N, --series N, --xlsx-rows N (0 skips the XLSX case), --xls-rows N (old Excel .xls, at most
 * 65 535 data rows, a full sheet by default; 0 skips it).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = 1_000_000;
        int series = 5_000;
        int xlsxRows = 200_000;
        int xlsRows = 65_535;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> rows = Integer.parseInt(args[i + 1]);
                case "--series" -> series = Integer.parseInt(args[i + 1]);
                case "--xlsx-rows" -> xlsxRows = Integer.parseInt(args[i + 1]);
                case "--xls-rows" -> xlsRows = Math.min(65_535, Integer.parseInt(args[i + 1]));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("bench-import-");
        try {
            Path csv = dir.resolve("history.csv");
            generateCsv(csv, rows, series);
            System.out.printf(Locale.ROOT, "generated %,d rows of CSV (%,d bytes)%n", rows, Files.size(csv));
            Result c = run(dir, csv, "csv");
            System.out.printf(Locale.ROOT, "CSV:  %,d rows, %,d series in %.2f s (CPU %.2f s), peak heap %d MiB%n", c.rows,
                    c.series, c.seconds, c.cpuSeconds, c.peakMiB);
            Result x = null;
            if (xlsxRows > 0) {
                Path xlsx = dir.resolve("history.xlsx");
                generateXlsx(xlsx, xlsxRows, Math.max(1, series * xlsxRows / rows));
                System.out.printf(Locale.ROOT, "generated %,d rows of XLSX (%,d bytes)%n", xlsxRows, Files.size(xlsx));
                x = run(dir, xlsx, "xlsx");
                System.out.printf(Locale.ROOT, "XLSX: %,d rows, %,d series in %.2f s (CPU %.2f s), peak heap %d MiB%n",
                        x.rows, x.series, x.seconds, x.cpuSeconds, x.peakMiB);
            }
            Result o = null;
            if (xlsRows > 0) {
                Path xls = dir.resolve("history.xls");
                generateXls(xls, xlsRows, Math.max(1, series * xlsRows / rows));
                System.out.printf(Locale.ROOT, "generated %,d rows of XLS (%,d bytes)%n", xlsRows, Files.size(xls));
                o = run(dir, xls, "xls");
                System.out.printf(Locale.ROOT, "XLS:  %,d rows, %,d series in %.2f s (CPU %.2f s), peak heap %d MiB%n",
                        o.rows, o.series, o.seconds, o.cpuSeconds, o.peakMiB);
            }
            long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            boolean pass = c.seconds <= 5.0 && c.peakMiB <= 1024;
            System.out.printf(Locale.ROOT, "{\"bench\":\"import\",\"rows\":%d,\"series\":%d,\"csv_seconds\":%.3f,\"csv_cpu_seconds\":%.3f,"
                            + "\"csv_peak_heap_mib\":%d,\"xlsx_rows\":%d,\"xlsx_seconds\":%s,\"xlsx_peak_heap_mib\":%s,"
                            + "\"xls_rows\":%d,\"xls_seconds\":%s,\"xls_peak_heap_mib\":%s,"
                            + "\"max_heap_mib\":%d,\"bar_seconds\":5,\"bar_heap_mib\":1024,\"pass\":%s}%n",
                    c.rows, c.series, c.seconds, c.cpuSeconds, c.peakMiB, x == null ? 0 : x.rows,
                    x == null ? "null" : String.format(Locale.ROOT, "%.3f", x.seconds),
                    x == null ? "null" : Long.toString(x.peakMiB), o == null ? 0 : o.rows,
                    o == null ? "null" : String.format(Locale.ROOT, "%.3f", o.seconds),
                    o == null ? "null" : Long.toString(o.peakMiB), maxHeap, pass);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Wall and CPU seconds of the import thread: on a busy machine the wall time shows the waiting too. */
    private record Result(long rows, int series, double seconds, double cpuSeconds, long peakMiB) {
    }

    private static Result run(Path dir, Path file, String tag) {
        Path root = dir.resolve("ws-" + tag);
        try (Workspace ws = Workspace.open(root)) {
            ClientWorkspace client = ws.create(ClientId.of("bench"));
            Importer importer = new Importer();
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            ImportResult r = importer.importFile(file, ImportOptions.of(ImportKind.HISTORY)
                    .withLocale(Locale.forLanguageTag("ru")), client);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return new Result(r.rows(), r.series(), seconds, cpu, peak / (1024 * 1024));
        }
    }

    private static void generateCsv(Path file, int rows, int series) throws IOException {
        int months = Math.max(1, rows / series);
        YearMonth start = YearMonth.of(2000, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Товар;Месяц;Продажи\n");
            int written = 0;
            for (int s = 0; written < rows; s++) {
                for (int m = 0; m < months && written < rows; m++, written++) {
                    long cents = 100_000L + (s * 7919L + m * 104_729L) % 90_000_000L;
                    w.write("SKU-" + s + ";" + start.plusMonths(m) + ";" + group(cents / 100) + "," + String.format(Locale.ROOT, "%02d", cents % 100) + "\n");
                }
            }
        }
    }

    /** 1234567 as "1 234 567" with narrow no-break spaces, as Russian software writes it. */
    private static String group(long v) {
        String s = Long.toString(v);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) {
                sb.append('\u202F');
            }
            sb.append(s.charAt(i));
        }
        return sb.toString();
    }

    /** The history as an XLSX workbook, streamed (SXSSF keeps a window of rows in memory). */
    private static void generateXlsx(Path file, int rows, int series) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            generate(wb, file, rows, series);
        }
    }

    /** The same history as an Excel 97-2003 workbook (HSSF's user model: the generator may use memory, the reader not). */
    private static void generateXls(Path file, int rows, int series) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            generate(wb, file, rows, series);
        }
    }

    private static void generate(Workbook wb, Path file, int rows, int series) throws IOException {
        int months = Math.max(1, rows / series);
        YearMonth start = YearMonth.of(2000, 1);
        Sheet sheet = wb.createSheet("History");
        Row h = sheet.createRow(0);
        h.createCell(0).setCellValue("series_id");
        h.createCell(1).setCellValue("ds");
        h.createCell(2).setCellValue("y");
        int r = 1;
        for (int s = 0; r <= rows; s++) {
            for (int m = 0; m < months && r <= rows; m++) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue("SKU-" + s);
                row.createCell(1).setCellValue(start.plusMonths(m).toString());
                row.createCell(2).setCellValue((100_000L + (s * 7919L + m * 104_729L) % 90_000_000L) / 100.0);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
