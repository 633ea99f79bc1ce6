package com.salesworkbench.forecast;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads series for forecasting from CSV in long format ({@code series_id,ds,y}, or {@code ds,y} for one
 * unnamed series), leniently: a problem of one series (a non-numeric value, a duplicate period, a gap, a
 * period that does not parse or has another frequency) becomes a message of that series naming the line,
 * and the other series are read on. Missing periods become missing values, which the engine interpolates.
 */
public final class SeriesInput {

    /** The series read, the messages per series id, and problems of the file as a whole. */
    public record Result(List<TimeSeries> series, Map<String, List<String>> messages, List<String> fileErrors) {
        public List<String> messagesOf(String id) {
            return messages.getOrDefault(id, List.of());
        }
    }

    private SeriesInput() {
    }

    public static Result read(byte[] content, Locale locale) {
        Texts t = Texts.of(SeriesInput.class, locale);
        Map<String, TreeMap<PlanPeriod, Double>> data = new LinkedHashMap<>();
        Map<String, Map<PlanPeriod, Long>> lines = new LinkedHashMap<>();
        Map<String, List<String>> messages = new LinkedHashMap<>();
        List<String> fileErrors = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).build();
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (CSVParser p = format.parse(new StringReader(text))) {
            List<String> header = p.getHeaderNames();
            boolean single;
            if (header.equals(List.of("series_id", "ds", "y"))) {
                single = false;
            } else if (header.equals(List.of("ds", "y"))) {
                single = true;
            } else {
                fileErrors.add(t.get("csv.header", String.join(",", header)));
                return new Result(List.of(), messages, fileErrors);
            }
            for (CSVRecord r : p) {
                long line = p.getCurrentLineNumber();
                int cols = single ? 2 : 3;
                String id = single ? "series" : r.size() > 0 ? r.get(0) : "";
                if (r.size() != cols) {
                    fileErrors.add(t.get("csv.columns", line, cols, r.size()));
                    continue;
                }
                if (id.isEmpty()) {
                    fileErrors.add(t.get("csv.noId", line));
                    continue;
                }
                List<String> ms = messages.computeIfAbsent(id, k -> new ArrayList<>());
                String ds = r.get(single ? 0 : 1);
                String ys = r.get(single ? 1 : 2);
                PlanPeriod period;
                try {
                    period = PlanPeriod.parse(ds);
                } catch (IllegalArgumentException e) {
                    ms.add(t.get("csv.ds", line, ds));
                    continue;
                }
                TreeMap<PlanPeriod, Double> series = data.computeIfAbsent(id, k -> new TreeMap<>());
                if (!series.isEmpty() && series.firstKey().frequency() != period.frequency()) {
                    ms.add(t.get("csv.frequency", line, ds, series.firstKey()));
                    continue;
                }
                double y;
                if (ys.isEmpty()) {
                    y = Double.NaN;
                } else {
                    try {
                        y = Double.parseDouble(ys);
                        if (!Double.isFinite(y)) {
                            throw new NumberFormatException();
                        }
                    } catch (NumberFormatException e) {
                        ms.add(t.get("csv.y", line, ys));
                        y = Double.NaN;
                    }
                }
                Map<PlanPeriod, Long> ls = lines.computeIfAbsent(id, k -> new LinkedHashMap<>());
                if (series.containsKey(period)) {
                    ms.add(t.get("csv.duplicate", line, period, ls.get(period)));
                    continue;
                }
                series.put(period, y);
                ls.put(period, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | UncheckedIOException e) {
            fileErrors.add(t.get("csv.invalid", String.valueOf(e.getMessage())));
        }
        List<TimeSeries> out = new ArrayList<>();
        for (Map.Entry<String, TreeMap<PlanPeriod, Double>> e : data.entrySet()) {
            TreeMap<PlanPeriod, Double> s = e.getValue();
            PlanPeriod first = s.firstKey();
            List<Double> vs = new ArrayList<>();
            int missing = 0;
            for (PlanPeriod q = first; q.compareTo(s.lastKey()) <= 0; q = q.next()) {
                Double v = s.get(q);
                if (v == null) {
                    missing++;
                    if (missing <= 3) {
                        messages.get(e.getKey()).add(t.get("csv.gap", q));
                    }
                }
                vs.add(v == null ? Double.NaN : v);
            }
            if (missing > 3) {
                messages.get(e.getKey()).add(t.get("csv.gaps", missing));
            }
            out.add(new TimeSeries(e.getKey(), first, vs.stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return new Result(out, messages, fileErrors);
    }
}
