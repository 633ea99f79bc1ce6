package com.salesworkbench.io.internal;

import com.salesworkbench.api.data.DataException;
import com.salesworkbench.api.data.DataKinds;
import com.salesworkbench.api.data.ImportSink;
import com.salesworkbench.api.data.ImportedRows;
import com.salesworkbench.api.data.Table;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.io.DataImport;
import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportKind.Field;
import com.salesworkbench.io.ImportKind.FieldType;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.io.Where;
import com.salesworkbench.workspace.ClientWorkspace;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The importer: opens the file by its real format, detects the settings, maps the columns, converts and checks
 * every row into memory, and writes only when the whole file is good: series files through
 * {@link ClientWorkspace#saveSeries}; plan grids and pipelines go as typed rows to the {@link ImportSink} of their
 * kind (the planning or funnel module, which makes its own document of them and saves it atomically or refuses
 * naming a row and field); then it remembers the mapping for the client. Any problem is an
 * {@link ImportException} naming the place, with nothing written.
 */
@Component(service = DataImport.class)
public final class Importer implements DataImport {

    static final int SAMPLE_ROWS = 1000;
    static final int PREVIEW_ROWS = 10;
    /** Longest series accepted (a daily series of 270 years): a typo in a year must not allocate gigabytes. */
    static final int MAX_SERIES_LENGTH = 100_000;
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    /** The modules' sinks by kind: they come and go with the client's modules. */
    private final Map<String, ImportSink> sinks = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSink(ImportSink sink, Map<String, Object> properties) {
        Object kind = properties.get(DataKinds.PROPERTY);
        if (kind != null) {
            sinks.put(kind.toString(), sink);
        }
    }

    void removeSink(ImportSink sink, Map<String, Object> properties) {
        Object kind = properties.get(DataKinds.PROPERTY);
        if (kind != null) {
            sinks.remove(kind.toString(), sink);
        }
    }

    /** Everything decided before the rows are read in full. */
    private record Plan(Source source, List<String> headers, Map<String, String> mapping, boolean remembered,
                        boolean wide, int[] columns, Field[] fields, Numbers.Style[] numbers, Dates.Format[] dates,
                        List<Integer> periodColumns, List<PlanPeriod> periodHeaders, List<String[]> samples,
                        List<Long> sampleRows, boolean complete) {
    }

    @Override
    public ImportPreview preview(Path file, ImportOptions options, ClientWorkspace client) {
        Plan plan = plan(file, options, client, true);
        List<List<String>> rows = new ArrayList<>();
        Map<String, String> numbers = new TreeMap<>();
        Map<String, String> dates = new TreeMap<>();
        for (int i = 0; i < plan.fields.length; i++) {
            if (plan.numbers[i] != null) {
                numbers.put(plan.fields[i].name(), plan.numbers[i].id);
            }
            if (plan.dates[i] != null) {
                dates.put(plan.fields[i].name(), plan.dates[i].text);
            }
        }
        Converter conv = new Converter(plan, options);
        ImportException problem = null;
        for (int i = 1; i < Math.min(plan.samples.size(), PREVIEW_ROWS + 1) && problem == null; i++) {
            if (!Converter.isSubtotal(plan.samples.get(i))) {
                try {
                    rows.add(conv.previewRow(plan.sampleRows.get(i), plan.samples.get(i)));
                } catch (ImportException e) {
                    problem = e; // shown with the preview: the user may choose other columns
                }
            }
        }
        Source src = plan.source;
        return new ImportPreview(src.file, src.format(), src.encoding(), src.delimiter(),
                src.sheet() == null ? "" : src.sheet(), plan.headers, plan.mapping, plan.remembered, plan.wide,
                numbers, dates, rows, plan.samples.size() - 1L, src.notes, problem);
    }

    @Override
    public ImportResult importFile(Path file, ImportOptions options, ClientWorkspace client) {
        if (!NAME.matcher(options.target()).matches()) {
            throw new ImportException("error.target", "Target name '" + options.target()
                    + "': use lower-case letters, digits, '.', '-', '_'", options.target());
        }
        Plan plan = plan(file, options, client, false);
        Converter conv = new Converter(plan, options);
        long[] rows = {0};
        if (plan.complete) {
            // the sample pass saw the whole file: no second reading
            for (int i = 1; i < plan.samples.size(); i++) {
                if (conv.accept(plan.sampleRows.get(i), plan.samples.get(i))) {
                    rows[0]++;
                }
            }
        } else {
            boolean[] header = {true};
            plan.source.read((row, cells) -> {
                if (header[0]) {
                    header[0] = false;
                    return;
                }
                if (conv.accept(row, cells)) {
                    rows[0]++;
                }
            }, 0);
        }
        if (rows[0] == 0) {
            throw new ImportException("error.noRows", plan.source.where(0, -1, null) + ": only a header row, no data",
                    plan.source.where(0, -1, null));
        }
        List<String> written = new ArrayList<>();
        int series;
        if (options.kind().isSeries()) {
            List<TimeSeries> list = conv.series();
            series = list.size();
            client.saveSeries(options.target(), list); // validated above: from here on nothing can refuse the data
            written.add("series/" + options.target());
        } else {
            series = 0;
            written.addAll(deliver(options, client, conv.rows(plan.source.file), conv));
        }
        client.save(Mappings.document(options.kind()), Mappings.TYPE,
                Mappings.remember(client, options.kind(), plan.headers, plan.mapping));
        written.add(Mappings.document(options.kind()));
        return new ImportResult(rows[0], series, written);
    }

    /**
     * Hands a plan grid or pipeline to the module of its kind, which checks what only it knows (its stages, a cell
     * twice, the plan's periods) and saves its document; its refusal becomes an ImportException at that cell.
     */
    private List<String> deliver(ImportOptions options, ClientWorkspace client, ImportedRows rows, Converter conv) {
        String kind = options.kind().id();
        ImportSink sink = sinks.get(kind);
        if (sink == null) {
            Where w = conv.whereOf(0, null);
            throw new ImportException("error.noModule", w + ": no module takes " + kind
                    + " imports for this client (install the " + (kind.equals("plan") ? "planning" : "funnel")
                    + " feature); nothing was written", w, kind, kind.equals("plan") ? "planning" : "funnel");
        }
        try {
            return sink.save(client.id(), options.target(), rows, options.locale());
        } catch (DataException e) {
            Where w = conv.whereOf(e.row(), e.field());
            throw new ImportException("error.module", w + ": " + e.getMessage(), w, e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    static Source open(Path file, ImportOptions options) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] head = new byte[8192];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new ImportException("error.noFile", "No file " + file, file.toString());
        } catch (IOException e) {
            throw new ImportException("error.read", "Cannot read " + file + ": " + e.getMessage(), file.toString(),
                    String.valueOf(e.getMessage()));
        }
        String format = Sniffer.format(name, Arrays.copyOf(head, n));
        if (format.equals("xlsx")) {
            return new XlsxSource(name, file, options.sheet());
        }
        if (format.equals("xls")) {
            return new XlsSource(name, file, options.sheet());
        }
        try {
            return new CsvSource(name, Files.readAllBytes(file), options.encoding());
        } catch (IOException e) {
            throw new ImportException("error.read", "Cannot read " + file + ": " + e.getMessage(), file.toString(),
                    String.valueOf(e.getMessage()));
        }
    }

    /**
     * @param preview a preview leaves a required field without a column unmapped (the mapping it returns lacks
     *                it) instead of refusing, so the user sees the headers and can choose one; the import refuses
     */
    private Plan plan(Path file, ImportOptions options, ClientWorkspace client, boolean preview) {
        Source src = open(file, options);
        List<String[]> samples = new ArrayList<>();
        List<Long> sampleRows = new ArrayList<>();
        boolean complete = src.read((row, cells) -> {
            samples.add(cells);
            sampleRows.add(row);
        }, SAMPLE_ROWS + 1);
        if (samples.isEmpty()) {
            throw new ImportException("error.empty", src.where(0, -1, null) + ": no rows at all (an empty "
                    + (src.sheet() != null ? "sheet" : "file") + ")", src.where(0, -1, null));
        }
        List<String> headers = new ArrayList<>();
        for (String h : samples.get(0)) {
            headers.add(h.replace("\uFEFF", "").strip());
        }
        ImportKind kind = options.kind();

        // wide history: two or more header cells are periods (2024-01, 01.2024, 2024年1月 ...)
        List<Integer> periodColumns = new ArrayList<>();
        List<PlanPeriod> periodHeaders = new ArrayList<>();
        if (kind.isSeries() && !options.mapping().containsKey("ds")) {
            Optional<Dates.Format> hf = Dates.detect(headers, options.dayFirst(), options.locale());
            if (hf.isPresent()) {
                for (int i = 0; i < headers.size(); i++) {
                    PlanPeriod p = Dates.parse(headers.get(i), hf.get());
                    if (p != null) {
                        periodColumns.add(i);
                        periodHeaders.add(p);
                    }
                }
            }
            if (periodColumns.size() < 2) {
                periodColumns.clear();
                periodHeaders.clear();
            }
        }
        boolean wide = !periodColumns.isEmpty();

        Map<String, String> mapping;
        boolean remembered = false;
        if (!options.mapping().isEmpty()) {
            mapping = new LinkedHashMap<>(options.mapping());
        } else {
            Map<String, String> saved = Mappings.remembered(client, kind, headers);
            if (saved != null) {
                mapping = new LinkedHashMap<>(saved);
                remembered = true;
            } else {
                List<String> candidates = new ArrayList<>(headers);
                for (int c : periodColumns) {
                    candidates.remove(headers.get(c));
                }
                mapping = Mappings.propose(kind, candidates);
                if (wide) {
                    mapping.remove("ds");
                    mapping.remove("y");
                    if (!mapping.containsKey("series_id") && !candidates.isEmpty()) {
                        mapping.put("series_id", candidates.get(0));
                    }
                }
            }
        }
        if (wide) {
            mapping.put("ds", Mappings.PERIOD_COLUMNS);
            mapping.put("y", Mappings.PERIOD_COLUMNS);
        }
        for (String f : mapping.keySet()) {
            if (kind.fields().stream().noneMatch(x -> x.name().equals(f))) {
                throw new ImportException("error.unknownField", "Unknown field '" + f + "' for " + kind.id()
                        + "; fields: " + fieldNames(kind), f, kind.id(), fieldNames(kind));
            }
        }
        List<Field> fields = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (Field f : kind.fields()) {
            String h = mapping.get(f.name());
            if (h == null) {
                if (f.required() && !preview) {
                    throw new ImportException("error.unmapped", src.where(1, -1, null) + ": no column for the field '"
                            + f.name() + "'; the headers are " + String.join(", ", headers)
                            + "; map it with -m " + f.name() + "=HEADER", src.where(1, -1, null), f.name(),
                            String.join(", ", headers));
                }
                continue;
            }
            if (h.equals(Mappings.PERIOD_COLUMNS)) {
                continue;
            }
            int idx = headers.indexOf(h);
            if (idx < 0) {
                throw new ImportException("error.noSuchColumn", src.where(1, -1, null) + ": no column '" + h
                        + "' for the field '" + f.name() + "'; the headers are " + String.join(", ", headers),
                        src.where(1, -1, null), h, f.name(), String.join(", ", headers));
            }
            if (headers.lastIndexOf(h) != idx) {
                throw new ImportException("error.duplicateHeader", src.where(1, idx, h) + ": the header '" + h
                        + "' appears twice", src.where(1, idx, h), h);
            }
            fields.add(f);
            columns.add(idx);
        }
        int m = fields.size();
        Numbers.Style[] numbers = new Numbers.Style[m];
        Dates.Format[] dates = new Dates.Format[m];
        for (int i = 0; i < m; i++) {
            int col = columns.get(i);
            List<String> values = new ArrayList<>();
            for (String[] cells : samples.subList(1, samples.size())) {
                values.add(col < cells.length ? cells[col] : "");
            }
            switch (fields.get(i).type()) {
                case NUMBER, MONEY, INTEGER -> numbers[i] = Numbers.detect(values, options.locale());
                case PERCENT -> numbers[i] = Numbers.detect(values.stream().map(v -> v.replace("%", "")).toList(),
                        options.locale());
                case PERIOD, DATE, DATE_OR_MONTH -> dates[i] = Dates.detect(values, options.dayFirst(), options.locale())
                        .orElse(Dates.Format.ISO_DATE);
                default -> {
                }
            }
        }
        if (wide) {
            List<String> values = new ArrayList<>();
            for (String[] cells : samples.subList(1, samples.size())) {
                for (int c : periodColumns) {
                    values.add(c < cells.length ? cells[c] : "");
                }
            }
            Numbers.Style style = Numbers.detect(values, options.locale());
            Arrays.fill(numbers, null);
            for (int i = 0; i < m; i++) {
                if (fields.get(i).name().equals("y")) {
                    numbers[i] = style;
                }
            }
            // y is not a column in wide form: keep the style at the series_id slot's neighbour
            numbers = Arrays.copyOf(numbers, m + 1);
            numbers[m] = style;
        }
        return new Plan(src, headers, mapping, remembered, wide, columns.stream().mapToInt(Integer::intValue).toArray(),
                fields.toArray(new Field[0]), numbers, dates, periodColumns, periodHeaders, samples, sampleRows, complete);
    }

    private static String fieldNames(ImportKind kind) {
        return String.join(", ", kind.fields().stream().map(Field::name).toList());
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Converts and checks rows, keeping what it needs to build the series or the table. */
    private static final class Converter {
        private final Plan plan;
        private final Map<String, PlanPeriod>[] periodCache;
        private final Map<String, SeriesAcc> series = new LinkedHashMap<>();
        private final List<Object[]> tableRows = new ArrayList<>();
        private final List<Long> tableRowNumbers = new ArrayList<>();
        private final ImportKind kind;
        private boolean allFirstOfMonth = true;
        private boolean anyDay;

        @SuppressWarnings("unchecked")
        Converter(Plan plan, ImportOptions options) {
            this.plan = plan;
            this.kind = options.kind();
            this.periodCache = new Map[plan.fields.length];
            for (int i = 0; i < plan.fields.length; i++) {
                periodCache[i] = new HashMap<>();
            }
        }

        private Where where(long row, int col) {
            return plan.source.where(row, col, col >= 0 && col < plan.headers.size() ? plan.headers.get(col) : null);
        }

        private String cell(String[] cells, int col) {
            return col < cells.length ? cells[col] : "";
        }

        private void checkWidth(long row, String[] cells) {
            for (int c = plan.headers.size(); c < cells.length; c++) {
                if (!cells[c].isBlank()) {
                    throw new ImportException("error.extraCell", where(row, c) + ": a value '" + cells[c]
                            + "' beyond the last header column", where(row, c), cells[c]);
                }
            }
        }

        /** The cell of field {@code i} converted: String, BigDecimal, PlanPeriod or null for an empty cell. */
        private Object value(long row, String[] cells, int i) {
            Field f = plan.fields[i];
            int col = plan.columns[i];
            String raw = cell(cells, col).strip();
            if (raw.isEmpty()) {
                if (f.required() && !(f.name().equals("y"))) {
                    throw new ImportException("error.required", where(row, col) + ": empty, but the field '"
                            + f.name() + "' is required", where(row, col), f.name());
                }
                return null;
            }
            return switch (f.type()) {
                case TEXT -> raw;
                case NUMBER, MONEY, INTEGER, PERCENT -> number(row, col, raw, f, plan.numbers[i]);
                case PERIOD, DATE, DATE_OR_MONTH -> period(row, col, raw, i);
            };
        }

        private BigDecimal number(long row, int col, String raw, Field f, Numbers.Style style) {
            String s = f.type() == FieldType.PERCENT && raw.endsWith("%") ? raw.substring(0, raw.length() - 1) : raw;
            BigDecimal d;
            try {
                d = Numbers.parse(s, style);
            } catch (NumberFormatException e) {
                d = null;
            }
            // over 30 digits before or after the point is a typo or noise, not a sales figure (and 1E999999 would not print)
            if (d == null || d.precision() - d.scale() > 30 || d.scale() > 30) {
                throw new ImportException("error.number", where(row, col) + ": expected a number like "
                        + Numbers.example(style) + ", found '" + raw + "'", where(row, col), raw, Numbers.example(style));
            }
            switch (f.type()) {
                case MONEY -> d = d.setScale(2, RoundingMode.HALF_UP); // cents; spreadsheets carry binary noise
                case INTEGER -> {
                    if (d.stripTrailingZeros().scale() > 0) {
                        throw new ImportException("error.integer", where(row, col) + ": expected a whole number, found '"
                                + raw + "'", where(row, col), raw);
                    }
                }
                case PERCENT -> {
                    if (d.signum() < 0 || d.compareTo(BigDecimal.valueOf(100)) > 0) {
                        throw new ImportException("error.percent", where(row, col)
                                + ": expected a percentage from 0 to 100, found '" + raw + "'", where(row, col), raw);
                    }
                }
                default -> {
                }
            }
            return d;
        }

        private PlanPeriod period(long row, int col, String raw, int i) {
            PlanPeriod p = periodCache[i].get(raw);
            if (p == null) {
                Dates.Format format = plan.dates[i];
                p = Dates.parseLenient(raw, format);
                Field f = plan.fields[i];
                boolean ok = p != null && switch (f.type()) {
                    case DATE -> p.frequency() == Frequency.DAY;
                    case DATE_OR_MONTH -> p.frequency() == Frequency.DAY || p.frequency() == Frequency.MONTH;
                    default -> true;
                };
                if (!ok) {
                    throw new ImportException("error.date", where(row, col) + ": expected a "
                            + (f.type() == FieldType.PERIOD ? "period or date" : "date") + " like " + format.text
                            + ", found '" + raw + "'", where(row, col), raw, format.text);
                }
                if (periodCache[i].size() < 100_000) {
                    periodCache[i].put(raw, p);
                }
            }
            if (p.frequency() == Frequency.DAY) {
                anyDay = true;
                allFirstOfMonth &= p.start().getDayOfMonth() == 1;
            }
            return p;
        }

        /**
         * A subtotal row as this module's export writes it ({@code Σ group} or {@code Σ} in a text cell): its
         * figures are sums of the rows above, so it is left out rather than imported twice.
         */
        static boolean isSubtotal(String[] cells) {
            for (String c : cells) {
                String s = c.strip();
                if (s.equals("Σ") || s.startsWith("Σ ")) {
                    return true;
                }
            }
            return false;
        }

        List<String> previewRow(long row, String[] cells) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < plan.fields.length; i++) {
                Object v = value(row, cells, i);
                out.add(text(v, plan.fields[i]));
            }
            if (plan.wide) {
                for (int c : plan.periodColumns) {
                    String raw = cell(cells, c).strip();
                    out.add(raw.isEmpty() ? "" : text(number(row, c, raw, ImportKind.HISTORY.fields().get(2),
                            plan.numbers[plan.numbers.length - 1]), null));
                }
            }
            return out;
        }

        private static String text(Object v, Field f) {
            if (v == null) {
                return "";
            }
            if (v instanceof BigDecimal d) {
                return f != null && f.type() == FieldType.MONEY ? d.toPlainString() : d.stripTrailingZeros().toPlainString();
            }
            return v.toString();
        }

        /** Converts and keeps a data row; false for a subtotal row, which is left out. */
        boolean accept(long row, String[] cells) {
            if (isSubtotal(cells)) {
                return false;
            }
            checkWidth(row, cells);
            if (plan.source.format().equals("csv") && cells.length < plan.headers.size() && cells.length == 1) {
                // a row of one cell in a file of several columns: usually a wrong delimiter or a stray line
                throw new ImportException("error.shortRow", where(row, -1) + ": one cell where " + plan.headers.size()
                        + " columns were expected", where(row, -1), plan.headers.size());
            }
            if (kind.isSeries()) {
                seriesRow(row, cells);
            } else {
                Object[] out = new Object[plan.fields.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = value(row, cells, i);
                }
                tableRows.add(out);
                tableRowNumbers.add(row);
            }
            return true;
        }

        private void seriesRow(long row, String[] cells) {
            String id = (String) value(row, cells, 0);
            if (plan.wide) {
                SeriesAcc acc = series.get(id);
                if (acc != null) {
                    throw new ImportException("error.duplicateSeries", where(row, plan.columns[0]) + ": the series '" + id
                            + "' already has a row (line/row " + acc.rows[0] + ")", where(row, plan.columns[0]), id,
                            acc.rows[0]);
                }
                acc = new SeriesAcc(id);
                series.put(id, acc);
                Numbers.Style style = plan.numbers[plan.numbers.length - 1];
                for (int k = 0; k < plan.periodColumns.size(); k++) {
                    int c = plan.periodColumns.get(k);
                    String raw = cell(cells, c).strip();
                    BigDecimal d = raw.isEmpty() ? null : number(row, c, raw, ImportKind.HISTORY.fields().get(2), style);
                    PlanPeriod p = plan.periodHeaders.get(k);
                    if (p.frequency() == Frequency.DAY) {
                        anyDay = true;
                        allFirstOfMonth &= p.start().getDayOfMonth() == 1;
                    }
                    acc.add(p, d == null ? Double.NaN : d.doubleValue(), row);
                }
                return;
            }
            PlanPeriod p = (PlanPeriod) value(row, cells, 1);
            BigDecimal y = (BigDecimal) value(row, cells, 2);
            series.computeIfAbsent(id, SeriesAcc::new).add(p, y == null ? Double.NaN : y.doubleValue(), row);
        }

        /** The series, checked: one frequency each, no period twice, gaps as missing values. */
        List<TimeSeries> series() {
            boolean months = anyDay && allFirstOfMonth; // 2024-01-01, 2024-02-01...: monthly data written as dates
            List<TimeSeries> out = new ArrayList<>(series.size());
            int seriesCol = plan.columns[0];
            int periodCol = plan.wide ? -1 : plan.columns[1];
            for (SeriesAcc acc : series.values()) {
                Integer[] order = new Integer[acc.n];
                PlanPeriod[] ps = new PlanPeriod[acc.n];
                for (int k = 0; k < acc.n; k++) {
                    order[k] = k;
                    PlanPeriod p = acc.periods[k];
                    ps[k] = months && p.frequency() == Frequency.DAY ? PlanPeriod.month(java.time.YearMonth.from(p.start())) : p;
                }
                Arrays.sort(order, (a, b) -> ps[a].compareTo(ps[b]));
                Frequency freq = ps[order[0]].frequency();
                for (int k = 0; k < acc.n; k++) {
                    PlanPeriod p = ps[order[k]];
                    if (p.frequency() != freq) {
                        throw new ImportException("error.mixedFrequency", where(acc.rows[order[k]], periodCol)
                                + ": the series '" + acc.id + "' mixes " + freq + " and " + p.frequency() + " periods",
                                where(acc.rows[order[k]], periodCol), acc.id, freq.toString(), p.frequency().toString());
                    }
                    if (k > 0 && p.equals(ps[order[k - 1]])) {
                        throw new ImportException("error.duplicatePeriod", where(acc.rows[order[k]], periodCol)
                                + ": the series '" + acc.id + "' has " + p + " twice (also line/row "
                                + acc.rows[order[k - 1]] + ")", where(acc.rows[order[k]], periodCol), acc.id, p.toString(),
                                acc.rows[order[k - 1]]);
                    }
                }
                PlanPeriod start = ps[order[0]];
                PlanPeriod end = ps[order[acc.n - 1]];
                long length = span(start, end) + 1;
                if (length > MAX_SERIES_LENGTH) {
                    throw new ImportException("error.seriesTooLong", where(acc.rows[order[acc.n - 1]], periodCol)
                            + ": the series '" + acc.id + "' would run from " + start + " to " + end,
                            where(acc.rows[order[acc.n - 1]], periodCol), acc.id, start.toString(), end.toString());
                }
                double[] values = new double[(int) length];
                Arrays.fill(values, Double.NaN);
                for (int k = 0; k < acc.n; k++) {
                    values[(int) span(start, ps[k])] = acc.values[k];
                }
                out.add(new TimeSeries(acc.id, start, values));
            }
            if (out.isEmpty()) {
                throw new ImportException("error.noRows", plan.source.where(0, -1, null) + ": only a header row, no data",
                        plan.source.where(0, -1, null));
            }
            return out;
        }

        private static long span(PlanPeriod a, PlanPeriod b) {
            return switch (a.frequency()) {
                case DAY -> java.time.temporal.ChronoUnit.DAYS.between(a.start(), b.start());
                case WEEK -> java.time.temporal.ChronoUnit.WEEKS.between(a.start(), b.start());
                case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(a.start(), b.start());
                case QUARTER -> java.time.temporal.ChronoUnit.MONTHS.between(a.start(), b.start()) / 3;
                case HALF_YEAR -> java.time.temporal.ChronoUnit.MONTHS.between(a.start(), b.start()) / 6;
                case YEAR -> java.time.temporal.ChronoUnit.YEARS.between(a.start(), b.start());
            };
        }

        /** The place of a module's refusal: the row and the column its field was read from. */
        Where whereOf(long row, String field) {
            int col = -1;
            for (int i = 0; i < plan.fields.length; i++) {
                if (plan.fields[i].name().equals(field)) {
                    col = plan.columns[i];
                }
            }
            return row <= 0 ? plan.source.where(0, -1, null) : where(row, col);
        }

        /** The checked rows, typed as the api's Table says: periods, dates, cents, shares. */
        ImportedRows rows(String source) {
            boolean months = anyDay && allFirstOfMonth;
            List<Table.Column> columns = new ArrayList<>();
            for (Field f : plan.fields) {
                columns.add(new Table.Column(f.name(), switch (f.type()) {
                    case TEXT -> Table.ColumnType.TEXT;
                    case PERIOD, DATE_OR_MONTH -> Table.ColumnType.PERIOD;
                    case DATE -> Table.ColumnType.DATE;
                    case NUMBER -> Table.ColumnType.NUMBER;
                    case MONEY -> Table.ColumnType.MONEY;
                    case INTEGER -> Table.ColumnType.INTEGER;
                    case PERCENT -> Table.ColumnType.PERCENT;
                }));
            }
            List<List<Object>> rows = new ArrayList<>(tableRows.size());
            for (Object[] r : tableRows) {
                List<Object> row = new ArrayList<>(r.length);
                for (int i = 0; i < r.length; i++) {
                    Object v = r[i];
                    FieldType type = plan.fields[i].type();
                    if (v instanceof PlanPeriod p && months && type == FieldType.PERIOD && p.frequency() == Frequency.DAY) {
                        v = PlanPeriod.month(java.time.YearMonth.from(p.start()));
                    } else if (v instanceof PlanPeriod p && type == FieldType.DATE) {
                        v = p.start();
                    } else if (v instanceof BigDecimal d && type == FieldType.PERCENT) {
                        v = d.movePointLeft(2); // the file's 0-100 as the share the api carries
                    }
                    row.add(v);
                }
                rows.add(row);
            }
            return new ImportedRows(source, Table.of(kind.id(), columns, rows), tableRowNumbers);
        }
    }

    /** The rows of one series, in file order. */
    private static final class SeriesAcc {
        final String id;
        PlanPeriod[] periods = new PlanPeriod[16];
        double[] values = new double[16];
        long[] rows = new long[16];
        int n;

        SeriesAcc(String id) {
            this.id = id;
        }

        void add(PlanPeriod p, double v, long row) {
            if (n == periods.length) {
                periods = Arrays.copyOf(periods, n * 2);
                values = Arrays.copyOf(values, n * 2);
                rows = Arrays.copyOf(rows, n * 2);
            }
            periods[n] = p;
            values[n] = v;
            rows[n] = row;
            n++;
        }
    }
}
