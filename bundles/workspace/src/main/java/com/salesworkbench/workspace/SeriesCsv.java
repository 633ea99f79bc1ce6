package com.salesworkbench.workspace;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Series files in long format: {@code series_id,ds,y}, one row per period, {@code ds} in the period text
 * form ({@code 2024-01}, {@code 2024-Q1}...), an empty {@code y} for a missing observation.
 */
public final class SeriesCsv {

    private static final String[] HEADER = {"series_id", "ds", "y"};
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator('\n').build();
    private static final CSVFormat READ = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).build();

    private SeriesCsv() {
    }

    /** The CSV bytes (UTF-8) of the given series. */
    public static byte[] write(List<TimeSeries> series) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, FORMAT)) {
            for (TimeSeries s : series) {
                for (int i = 0; i < s.length(); i++) {
                    double y = s.valueAt(i);
                    p.printRecord(s.id(), s.periodAt(i), Double.isNaN(y) ? "" : BigDecimal.valueOf(y).stripTrailingZeros().toPlainString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Parses series CSV; {@code file} names the source in errors.
     *
     * @throws CorruptDocumentException naming the line and column of the first problem
     */
    public static List<TimeSeries> read(Path file, byte[] content) {
        Map<String, PlanPeriod> starts = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        try (var parser = READ.parse(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
            if (!parser.getHeaderNames().equals(List.of(HEADER))) {
                throw new CorruptDocumentException(file, "line 1: expected the header series_id,ds,y but found "
                        + String.join(",", parser.getHeaderNames()));
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (r.size() != 3) {
                    throw new CorruptDocumentException(file, "line " + line + ": expected 3 columns, found " + r.size());
                }
                String id = r.get(0);
                if (id.isEmpty()) {
                    throw new CorruptDocumentException(file, "line " + line + ", column series_id: empty");
                }
                PlanPeriod period;
                try {
                    period = PlanPeriod.parse(r.get(1));
                } catch (IllegalArgumentException e) {
                    throw new CorruptDocumentException(file, "line " + line + ", column ds: " + e.getMessage());
                }
                double y;
                try {
                    y = r.get(2).isEmpty() ? Double.NaN : Double.parseDouble(r.get(2));
                } catch (NumberFormatException e) {
                    throw new CorruptDocumentException(file, "line " + line + ", column y: '" + r.get(2) + "' is not a number");
                }
                List<Double> vs = values.computeIfAbsent(id, k -> new ArrayList<>());
                PlanPeriod start = starts.computeIfAbsent(id, k -> period);
                PlanPeriod expected = start.plus(vs.size());
                if (!period.equals(expected)) {
                    throw new CorruptDocumentException(file, "line " + line + ", column ds: series '" + id + "' expects "
                            + expected + " next but has " + period + " (rows must be consecutive periods; leave y empty for a missing value)");
                }
                vs.add(y);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CorruptDocumentException(file, "not a valid CSV file: " + e.getMessage(), e);
        }
        List<TimeSeries> out = new ArrayList<>();
        values.forEach((id, vs) -> out.add(new TimeSeries(id, starts.get(id), vs.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }
}
