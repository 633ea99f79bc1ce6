package com.salesworkbench.funnel.internal;

import com.salesworkbench.funnel.FunnelException;
import com.salesworkbench.funnel.MarketingAnalytics;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.ReverseFunnel;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The small CSV inputs of the funnel commands: the reverse funnel's stages
 * ({@code stage,conversion,days,activity}) and the marketing channels
 * ({@code channel,spend,visitors,leads,buyers,revenue}). Errors name the line and the column.
 */
final class InputCsv {

    static final List<String> STEP_COLUMNS = List.of("stage", "conversion", "days", "activity");
    static final List<String> CHANNEL_COLUMNS = List.of("channel", "spend", "visitors", "leads", "buyers", "revenue");

    private InputCsv() {
    }

    private interface RowReader<T> {
        T read(CSVRecord rec, long line);
    }

    private static <T> List<T> read(Reader in, List<String> required, RowReader<T> rows) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            List<String> names = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
            for (String r : required) {
                if (!names.contains(r)) {
                    throw new FunnelException("error.missingColumn", "Line 1: the header has no column '" + r
                            + "'; required: " + String.join(", ", required), r, String.join(", ", required));
                }
            }
            List<T> out = new ArrayList<>();
            for (CSVRecord rec : parser) {
                out.add(rows.read(rec, parser.getCurrentLineNumber()));
            }
            if (out.isEmpty()) {
                throw new FunnelException("error.noRows", "The file has no data rows");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new FunnelException("error.csv", "The file is not valid CSV: " + e.getMessage(), e.getMessage());
        }
    }

    private static String cell(CSVRecord rec, String column) {
        for (String h : rec.getParser().getHeaderNames()) {
            if (h.replace("\uFEFF", "").strip().equalsIgnoreCase(column)) {
                return rec.isSet(h) ? rec.get(h).strip() : "";
            }
        }
        return "";
    }

    static BigDecimal number(CSVRecord rec, String column, long line) {
        String text = cell(rec, column);
        try {
            return PipelineCsv.decimal(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
        } catch (NumberFormatException e) {
            throw new FunnelException("error.cellNumber", "Line " + line + ", column '" + column + "': '" + text
                    + "' is not a number", line, column, text);
        }
    }

    static List<ReverseFunnel.Step> steps(Reader in) {
        return read(in, STEP_COLUMNS.subList(0, 2), (rec, line) -> {
            String stage = cell(rec, "stage");
            if (stage.isEmpty()) {
                throw new FunnelException("error.cellEmpty", "Line " + line + ", column 'stage': empty", line, "stage");
            }
            BigDecimal percent = number(rec, "conversion", line);
            if (percent.signum() == 0) {
                throw new FunnelException("error.zeroConversionLine", "Line " + line + ", stage '" + stage
                        + "': a conversion of 0% means no number of items at this stage ever reaches the next; "
                        + "the reverse funnel needs a conversion above 0%", line, stage);
            }
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new FunnelException("error.conversionRangeLine", "Line " + line + ", stage '" + stage
                        + "': conversion " + cell(rec, "conversion") + " is outside 0-100%", line, stage,
                        cell(rec, "conversion"));
            }
            String daysText = cell(rec, "days");
            int days;
            try {
                days = daysText.isEmpty() ? 0 : Integer.parseInt(daysText);
            } catch (NumberFormatException e) {
                throw new FunnelException("error.cellNumber", "Line " + line + ", column 'days': '" + daysText
                        + "' is not a number", line, "days", daysText);
            }
            if (days < 0) {
                throw new FunnelException("error.negativeDaysLine", "Line " + line + ", stage '" + stage
                        + "': negative duration " + days, line, stage, days);
            }
            String act = cell(rec, "activity");
            ReverseFunnel.Activity activity;
            try {
                activity = act.isEmpty() ? ReverseFunnel.Activity.NONE
                        : ReverseFunnel.Activity.valueOf(act.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new FunnelException("error.activity", "Line " + line + ", column 'activity': '" + act
                        + "'; expected none, call, meeting or visit", line, act);
            }
            return new ReverseFunnel.Step(stage, percent.movePointLeft(2), days, activity);
        });
    }

    static List<MarketingAnalytics.Channel> channels(Reader in) {
        return read(in, CHANNEL_COLUMNS, (rec, line) -> {
            String name = cell(rec, "channel");
            if (name.isEmpty()) {
                throw new FunnelException("error.cellEmpty", "Line " + line + ", column 'channel': empty", line, "channel");
            }
            BigDecimal[] v = new BigDecimal[CHANNEL_COLUMNS.size()];
            for (int i = 1; i < CHANNEL_COLUMNS.size(); i++) {
                String col = CHANNEL_COLUMNS.get(i);
                v[i] = number(rec, col, line);
                if (v[i].signum() < 0) {
                    throw new FunnelException("error.cellNegative", "Line " + line + ", column '" + col + "': negative "
                            + cell(rec, col) + "; expected 0 or more", line, col, cell(rec, col));
                }
                if (i >= 2 && i <= 4 && v[i].stripTrailingZeros().scale() > 0) {
                    throw new FunnelException("error.cellWhole", "Line " + line + ", column '" + col + "': "
                            + cell(rec, col) + " is not a whole number", line, col, cell(rec, col));
                }
            }
            return new MarketingAnalytics.Channel(name, v[1], v[2].longValueExact(), v[3].longValueExact(),
                    v[4].longValueExact(), v[5]);
        });
    }
}
