package com.salesworkbench.io.internal;

import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.data.Table.Column;
import com.salesworkbench.api.data.Table.ColumnType;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The tables io:export makes itself: series, and the CSV outputs of other modules (the modules' documents come from their TableSources). */
final class Tables {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Tables() {
    }

    /** Series in long form: series_id, ds, y (a missing value as an empty cell). */
    static Table series(String title, List<TimeSeries> series) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimeSeries s : series) {
            for (int i = 0; i < s.length(); i++) {
                double y = s.valueAt(i);
                rows.add(java.util.Arrays.asList(s.id(), s.periodAt(i).toString(), Double.isNaN(y) ? null : BigDecimal.valueOf(y)));
            }
        }
        return Table.of(title, List.of(new Column("series_id", ColumnType.TEXT), new Column("ds", ColumnType.TEXT),
                new Column("y", ColumnType.NUMBER)), rows);
    }

    private static Object typed(String v, ColumnType type) {
        if (v == null || v.isEmpty()) {
            return null;
        }
        return switch (type) {
            case MONEY, NUMBER, INTEGER, PERCENT -> new BigDecimal(v);
            case DATE -> LocalDate.parse(v);
            case TEXT, PERIOD -> v;
        };
    }

    /**
     * A CSV file written by a module (forecast:run, pay statements, funnel outputs...), typed by its content: a
     * column of whole numbers is INTEGER, of decimals NUMBER (MONEY when its header names money), of ISO dates DATE.
     */
    static Table csv(String title, String text) throws IOException {
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build())) {
            List<String> headers = p.getHeaderNames();
            List<CSVRecord> records = p.getRecords();
            List<Column> cols = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                boolean ints = true;
                boolean decimals = true;
                boolean dates = true;
                boolean any = false;
                for (CSVRecord r : records) {
                    String v = c < r.size() ? r.get(c).strip() : "";
                    if (v.isEmpty()) {
                        continue;
                    }
                    any = true;
                    ints &= INTEGER.matcher(v).matches();
                    decimals &= DECIMAL.matcher(v).matches();
                    dates &= ISO_DATE.matcher(v).matches() && parses(v);
                }
                String h = headers.get(c).toLowerCase(java.util.Locale.ROOT);
                boolean money = h.contains("amount") || h.contains("pay") || h.contains("money") || h.contains("revenue")
                        || h.contains("forecast") || h.contains("total");
                ColumnType type = !any ? ColumnType.TEXT : ints && !money ? ColumnType.INTEGER
                        : decimals ? (money ? ColumnType.MONEY : ColumnType.NUMBER) : dates ? ColumnType.DATE : ColumnType.TEXT;
                cols.add(new Column(headers.get(c), type));
            }
            List<List<Object>> rows = new ArrayList<>();
            for (CSVRecord r : records) {
                List<Object> row = new ArrayList<>();
                for (int c = 0; c < cols.size(); c++) {
                    row.add(typed(c < r.size() ? r.get(c).strip() : "", cols.get(c).type()));
                }
                rows.add(row);
            }
            return Table.of(title, cols, rows);
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("not valid CSV: " + e.getMessage(), e);
        }
    }

    private static boolean parses(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
