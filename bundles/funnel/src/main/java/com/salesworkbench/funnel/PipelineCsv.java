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

    private static final class RowException extends RuntimeException {
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
            Set<String> ids = new HashSet<>();
            for (CSVRecord rec : parser) {
                long line = parser.getCurrentLineNumber();
                try {
                    Opportunity o = row(rec, header, enteredColumns, model, asOf, line);
                    if (!ids.add(o.id())) {
                        throw new RowException(header.getOrDefault("id", "id"), "error.duplicateId",
                                "duplicate id '" + o.id() + "'", o.id());
                    }
                    out.add(o);
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

    private static Opportunity row(CSVRecord rec, Map<String, String> header, Map<String, String> entered,
                                   StageModel model, LocalDate asOf, long line) {
        if (rec.size() != header.size()) {
            throw new RowException("*", "error.cellCount", "expected " + header.size() + " cells, found " + rec.size(),
                    header.size(), rec.size());
        }
        String id = cell(rec, header, "id");
        if (id.isEmpty()) {
            id = "L" + line;
        }
        String rep = cell(rec, header, "rep");
        if (rep.isEmpty()) {
            throw new RowException(header.get("rep"), "error.emptyRep", "the rep is empty");
        }
        String amountText = cell(rec, header, "amount");
        BigDecimal amount = number(amountText, header.get("amount"));
        if (amount.signum() < 0) {
            throw new RowException(header.get("amount"), "error.negativeAmount",
                    "negative amount " + amountText + "; expected 0 or more", amountText);
        }
        String probText = cell(rec, header, "probability");
        String p = probText.endsWith("%") ? probText.substring(0, probText.length() - 1).strip() : probText;
        BigDecimal percent = number(p, header.get("probability"));
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new RowException(header.get("probability"), "error.probabilityRange",
                    "probability " + probText + " is outside 0-100%", probText);
        }
        String statusText = cell(rec, header, "status");
        DealStatus status;
        try {
            status = statusText.isEmpty() ? DealStatus.OPEN : DealStatus.valueOf(statusText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowException(header.get("status"), "error.status",
                    "unknown status '" + statusText + "'; expected open, won or lost", statusText);
        }
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
        if (status == DealStatus.OPEN
                && (closeMonth.isBefore(YearMonth.from(asOf)) || (closeDate != null && closeDate.isBefore(asOf)))) {
            throw new RowException(header.get("close"), "error.closeInPast",
                    "the close date " + closeText + " of an open deal is in the past (pipeline as of " + asOf + ")",
                    closeText, asOf.toString());
        }
        String stage = cell(rec, header, "stage");
        if (!stage.isEmpty() && model.indexOf(stage) < 0) {
            throw new RowException(header.get("stage"), "error.unknownStageCell",
                    "unknown stage '" + stage + "'; known stages: " + String.join(", ", model.stages()),
                    stage, String.join(", ", model.stages()));
        }
        LocalDate created = date(cell(rec, header, "created"), header.get("created"));
        LocalDate closed = date(cell(rec, header, "closed"), header.get("closed"));
        if (closed == null && status != DealStatus.OPEN) {
            closed = closeDate;
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        for (var e : entered.entrySet()) {
            LocalDate d = date(cell(rec, header, ENTERED + e.getKey()), e.getValue());
            if (d != null) {
                dates.put(e.getKey(), d);
            }
        }
        BigDecimal probability = percent.movePointLeft(2);
        return new Opportunity(id, rep, cell(rec, header, "customer"), cell(rec, header, "product"), stage, amount,
                probability, closeMonth, status, created, closed, dates);
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
