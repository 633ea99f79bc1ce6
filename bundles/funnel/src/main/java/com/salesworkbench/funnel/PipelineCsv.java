package com.salesworkbench.funnel;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a pipeline from CSV (UTF-8, comma-separated, header line first). Columns, in any order:
 * <pre>
 * rep, customer, amount, probability, close           required
 * id, product, stage, status, created, closed         optional
 * entered_&lt;stage&gt;                                   optional, one per stage: the date the deal entered it
 * </pre>
 * {@code probability} is in percent (0-100, a trailing % allowed), {@code close} is a month (2026-03) or a
 * date (2026-03-15), {@code status} is open, won or lost (default open), dates are ISO (2026-03-15). A bad row
 * is reported with its line, column and what was expected, and left out; the other rows are read.
 */
public final class PipelineCsv {

    private PipelineCsv() {
    }

    /**
     * A rejected row. {@code key} and {@code args} name the message in the funnel bundle's texts (the args
     * start with the line and the column); {@code message} is the English text.
     */
    public record RowError(long line, String column, String key, List<Object> args, String message) {
    }

    public record Result(List<Opportunity> opportunities, List<RowError> errors) {
    }

    static final List<String> REQUIRED = List.of("rep", "customer", "amount", "probability", "close");
    static final Set<String> KNOWN = Set.of("id", "rep", "customer", "product", "stage", "amount", "probability",
            "close", "status", "created", "closed");
    public static final String ENTERED = "entered_";

    /**
     * A refused row: the column (in {@link #read} the file's header, in {@link Checker} the field id), the key of the
     * message in the funnel's texts without its line and column ({@code error.KEY} has them, {@code reason.KEY} not)
     * and its arguments after them.
     */
    public static final class RowException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String column;
        final String key;
        final transient Object[] args;

        RowException(String column, String key, String message, Object... args) {
            super(message);
            this.column = column;
            this.key = key;
            this.args = args;
        }

        public String column() {
            return column;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args.clone();
        }
    }

    /** An opportunity's values as read, before the checks: {@code percent} 0-100, {@code closeDate} null for a month. */
    public record Row(String id, String rep, String customer, String product, String stage, BigDecimal amount,
                      BigDecimal percent, String status, YearMonth closeMonth, LocalDate closeDate, LocalDate created,
                      LocalDate closed, Map<String, LocalDate> entered) {
    }

    /**
     * The checks every opportunity of a pipeline passes, whether a CSV line (funnel:import) or a row handed over by
     * an importer (io:import -k pipeline): rep given, amount not negative, probability 0-100 %, a known status and
     * stage, an open deal not closing before the review date, no id twice. Failures are {@link RowException}s
     * naming the field id.
     */
    public static final class Checker {
        private final StageModel model;
        private final LocalDate asOf;
        private final Set<String> ids = new HashSet<>();

        public Checker(StageModel model, LocalDate asOf) {
            this.model = model;
            this.asOf = asOf;
        }

        /** The checked opportunity of source line {@code line} (an empty id becomes {@code L<line>}). */
        public Opportunity check(Row r, long line) {
            String id = r.id() == null || r.id().isBlank() ? "L" + line : r.id().strip();
            if (r.rep() == null || r.rep().isBlank()) {
                throw new RowException("rep", "emptyRep", "the rep is empty");
            }
            if (r.amount().signum() < 0) {
                throw new RowException("amount", "negativeAmount",
                        "negative amount " + r.amount().toPlainString() + "; expected 0 or more", r.amount().toPlainString());
            }
            if (r.percent().signum() < 0 || r.percent().compareTo(BigDecimal.valueOf(100)) > 0) {
                String p = r.percent().stripTrailingZeros().toPlainString() + "%";
                throw new RowException("probability", "probabilityRange", "probability " + p + " is outside 0-100%", p);
            }
            String statusText = r.status() == null ? "" : r.status().strip();
            DealStatus status;
            try {
                status = statusText.isEmpty() ? DealStatus.OPEN : DealStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new RowException("status", "status",
                        "unknown status '" + statusText + "'; expected open, won or lost", statusText);
            }
            YearMonth closeMonth = r.closeMonth();
            LocalDate closeDate = r.closeDate();
            if (status == DealStatus.OPEN
                    && (closeMonth.isBefore(YearMonth.from(asOf)) || (closeDate != null && closeDate.isBefore(asOf)))) {
                String close = closeDate != null ? closeDate.toString() : closeMonth.toString();
                throw new RowException("close", "closeInPast",
                        "the close date " + close + " of an open deal is in the past (pipeline as of " + asOf + ")",
                        close, asOf.toString());
            }
            String stage = r.stage() == null ? "" : r.stage().strip();
            if (!stage.isEmpty() && model.indexOf(stage) < 0) {
                throw new RowException("stage", "unknownStageCell",
                        "unknown stage '" + stage + "'; known stages: " + String.join(", ", model.stages()),
                        stage, String.join(", ", model.stages()));
            }
            LocalDate closed = r.closed();
            if (closed == null && status != DealStatus.OPEN) {
                closed = closeDate;
            }
            if (!ids.add(id)) {
                throw new RowException("id", "duplicateId", "duplicate id '" + id + "'", id);
            }
            return new Opportunity(id, r.rep().strip(), r.customer() == null ? "" : r.customer().strip(),
                    r.product() == null ? "" : r.product().strip(), stage, r.amount(), r.percent().movePointLeft(2),
                    closeMonth, status, r.created(), closed, r.entered() == null ? Map.of() : r.entered());
        }
    }

    public static Result read(Reader in, StageModel model, LocalDate asOf) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        List<Opportunity> out = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            Map<String, String> header = new LinkedHashMap<>();
            for (String h : parser.getHeaderNames()) {
                String norm = h.strip().toLowerCase(Locale.ROOT).replace('\uFEFF', ' ').strip();
                if (norm.equals("close_month")) {
                    norm = "close";
                }
                header.put(norm, h);
            }
            for (String r : REQUIRED) {
                if (!header.containsKey(r)) {
                    throw new FunnelException("error.missingColumn", "Line 1: the header has no column '" + r
                            + "'; required: " + String.join(", ", REQUIRED), r, String.join(", ", REQUIRED));
                }
            }
            Map<String, String> enteredColumns = new LinkedHashMap<>();
            for (var h : header.entrySet()) {
                String k = h.getKey();
                if (k.startsWith(ENTERED)) {
                    String stage = k.substring(ENTERED.length());
                    if (model.indexOf(stage) < 0) {
                        throw new FunnelException("error.unknownStageColumn", "Line 1, column '" + h.getValue()
                                + "': unknown stage '" + stage + "'; known stages: " + String.join(", ", model.stages()),
                                h.getValue(), stage, String.join(", ", model.stages()));
                    }
                    enteredColumns.put(stage, h.getValue());
                } else if (!KNOWN.contains(k) && !k.isEmpty()) {
                    throw new FunnelException("error.unknownColumn", "Line 1: unknown column '" + h.getValue() + "'",
                            h.getValue());
                }
            }
            Checker checker = new Checker(model, asOf);
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    Row row = row(rec, header, enteredColumns);
                    try {
                        out.add(checker.check(row, line));
                    } catch (RowException e) { // the checker names the field: the file's header names the column
                        throw new RowException(header.getOrDefault(e.column, e.column), "error." + e.key, e.getMessage(), e.args);
                    }
                } catch (RowException e) {
                    List<Object> args = new ArrayList<>();
                    args.add(line);
                    args.add(e.column);
                    args.addAll(List.of(e.args));
                    errors.add(new RowError(line, e.column, e.key, List.copyOf(args),
                            "Line " + line + ", column '" + e.column + "': " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FunnelException("error.csv", "The file is not valid CSV: " + e.getMessage(), e.getMessage());
        }
        return new Result(List.copyOf(out), List.copyOf(errors));
    }

    private static String cell(CSVRecord rec, Map<String, String> header, String column) {
        String h = header.get(column);
        if (h == null || !rec.isMapped(h) || !rec.isSet(h)) {
            return "";
        }
        return rec.get(h).strip();
    }

    /** A CSV line parsed into the values the checker takes; unparsable cells are refused here. */
    private static Row row(CSVRecord rec, Map<String, String> header, Map<String, String> entered) {
        if (rec.size() != header.size()) {
            throw new RowException("*", "error.cellCount", "expected " + header.size() + " cells, found " + rec.size(),
                    header.size(), rec.size());
        }
        BigDecimal amount = number(cell(rec, header, "amount"), header.get("amount"));
        String probText = cell(rec, header, "probability");
        String p = probText.endsWith("%") ? probText.substring(0, probText.length() - 1).strip() : probText;
        BigDecimal percent = number(p, header.get("probability"));
        String closeText = cell(rec, header, "close");
        YearMonth closeMonth;
        LocalDate closeDate = null;
        try {
            if (closeText.length() > 7) {
                closeDate = LocalDate.parse(closeText);
                closeMonth = YearMonth.from(closeDate);
            } else {
                closeMonth = YearMonth.parse(closeText);
            }
        } catch (DateTimeParseException e) {
            throw new RowException(header.get("close"), "error.closeFormat",
                    "'" + closeText + "' is not a month (2026-03) or a date (2026-03-15)", closeText);
        }
        LocalDate created = date(cell(rec, header, "created"), header.get("created"));
        LocalDate closed = date(cell(rec, header, "closed"), header.get("closed"));
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (var e : entered.entrySet()) {
            LocalDate d = date(cell(rec, header, ENTERED + e.getKey()), e.getValue());
            if (d != null) {
                dates.put(e.getKey(), d);
            }
        }
        return new Row(cell(rec, header, "id"), cell(rec, header, "rep"), cell(rec, header, "customer"),
                cell(rec, header, "product"), cell(rec, header, "stage"), amount, percent, cell(rec, header, "status"),
                closeMonth, closeDate, created, closed, dates);
    }

    /**
     * A decimal number as people type it: spaces (also non-breaking) and underscores group digits, a lone
     * comma is the decimal separator, otherwise commas group digits ({@code 1 162 500,50}, {@code 1,162,500.50}).
     *
     * @throws NumberFormatException when the text is no number
     */
    public static BigDecimal decimal(String text) {
        String s = text.replace(" ", "").replace("\u00A0", "").replace("\u202F", "").replace("_", "");
        if (s.indexOf(',') >= 0 && s.indexOf('.') < 0) {
            s = s.replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        return new BigDecimal(s);
    }

    static BigDecimal number(String text, String column) {
        try {
            return decimal(text);
        } catch (NumberFormatException e) {
            throw new RowException(column, "error.number", "'" + text + "' is not a number", text);
        }
    }

    private static LocalDate date(String text, String column) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowException(column, "error.date", "'" + text + "' is not a date (2026-03-15)", text);
        }
    }
}
