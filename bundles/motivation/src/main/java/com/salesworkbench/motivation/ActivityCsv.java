package com.salesworkbench.motivation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Activity and figures CSV: header {@code person,team,date,metric,value}; date ISO ({@code 2026-03-10});
 * value a decimal with a dot. A bad row is refused with its line number and field.
 */
public final class ActivityCsv {
    public static final String HEADER = "person,team,date,metric,value";

    private ActivityCsv() {
    }

    public static List<Activity> read(Reader reader) throws IOException {
        BufferedReader in = new BufferedReader(reader);
        String header = in.readLine();
        if (header == null || !header.strip().replace("\uFEFF", "").equalsIgnoreCase(HEADER)) {
            throw new PayException("error.csvHeader", "The first line must be '" + HEADER + "', not '" + header + "'", HEADER,
                    String.valueOf(header));
        }
        List<Activity> out = new ArrayList<>();
        String line;
        int n = 1;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            if (f.length != 5) {
                throw new PayException("error.csvFields", "Line " + n + ": expected 5 fields (" + HEADER + "), found " + f.length,
                        n, HEADER, f.length);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(f[2].strip());
            } catch (DateTimeParseException e) {
                throw new PayException("error.csvDate", "Line " + n + ": date '" + f[2] + "' is not YYYY-MM-DD", n, f[2]);
            }
            BigDecimal value;
            try {
                value = new BigDecimal(f[4].strip());
            } catch (NumberFormatException e) {
                throw new PayException("error.csvValue", "Line " + n + ": value '" + f[4] + "' is not a number", n, f[4]);
            }
            if (f[0].isBlank() || f[3].isBlank()) {
                throw new PayException("error.csvBlank", "Line " + n + ": person and metric must not be empty", n);
            }
            out.add(new Activity(f[0].strip(), f[1].strip(), date, f[3].strip(), value));
        }
        return out;
    }
}
