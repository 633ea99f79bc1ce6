package com.salesworkbench.seasonality.internal;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.Message;
import com.salesworkbench.seasonality.SeasonalityException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Series from a CSV text with the columns {@code ds} and {@code y} and optionally {@code series_id} (other
 * columns are ignored, so R's exports read as they are). {@code ds} is a period ({@code 2024-01},
 * {@code 2024-Q1}, {@code 2024-W05}) or, with a frequency given, any date inside the period
 * ({@code 1949-01-01}). An empty or {@code NA} y is a missing value. Errors name the line and column.
 */
final class SeriesInput {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).build();

    private SeriesInput() {
    }

    static List<TimeSeries> read(String source, String text, Frequency frequency, String defaultId) {
        Map<String, PlanPeriod> starts = new LinkedHashMap<>();
        Map<String, List<Double>> values = new LinkedHashMap<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Map<String, Integer> header = new LinkedHashMap<>();
            parser.getHeaderMap().forEach((k, v) -> header.put(k.trim().toLowerCase(Locale.ROOT), v));
            Integer ds = header.get("ds");
            Integer y = header.get("y");
            Integer id = header.get("series_id");
            if (ds == null || y == null) {
                throw new SeasonalityException(new Message("input.header", source,
                        String.join(",", parser.getHeaderNames())));
            }
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                String sid = id == null ? defaultId : r.get(id);
                PlanPeriod period;
                try {
                    period = PlanPeriod.parse(r.get(ds));
                    if (frequency != null) {
                        period = PlanPeriod.containing(frequency, period.start());
                    }
                } catch (IllegalArgumentException e) {
                    throw input(source, line, "ds", e.getMessage());
                }
                String cell = r.get(y);
                double v;
                try {
                    v = cell.isEmpty() || cell.equalsIgnoreCase("NA") ? Double.NaN : Double.parseDouble(cell);
                } catch (NumberFormatException e) {
                    throw input(source, line, "y", "'" + cell + "' is not a number");
                }
                List<Double> vs = values.computeIfAbsent(sid, k -> new ArrayList<>());
                PlanPeriod start = starts.computeIfAbsent(sid, k -> null);
                if (start == null) {
                    starts.put(sid, period);
                    start = period;
                }
                PlanPeriod expected = start.plus(vs.size());
                if (!period.equals(expected)) {
                    throw input(source, line, "ds", "series '" + sid + "' expects " + expected + " next but has " + period
                            + " (rows must be consecutive periods; leave y empty for a missing value)");
                }
                vs.add(v);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            throw input(source, 0, "", e.getMessage());
        }
        if (values.isEmpty()) {
            throw new SeasonalityException(new Message("input.empty", source));
        }
        List<TimeSeries> out = new ArrayList<>();
        values.forEach((k, vs) -> out.add(new TimeSeries(k, starts.get(k), vs.stream().mapToDouble(Double::doubleValue).toArray())));
        return out;
    }

    private static SeasonalityException input(String source, long line, String column, String what) {
        return new SeasonalityException(new Message("input.line", source, Long.toString(line), column, what));
    }
}
