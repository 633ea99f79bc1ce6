package com.salesworkbench.io;

import java.util.List;
import java.util.Map;

/**
 * What the importer found before writing anything: the file's format and the detected settings, the proposed
 * column mapping (field to source header; {@code remembered} when it is the client's confirmed one from an
 * earlier import), whether history is in wide form, and the first rows as they would be imported.
 *
 * @param format     {@code csv} or {@code xlsx}
 * @param encoding   the charset name (CSV), or empty
 * @param delimiter  the delimiter (CSV), or empty
 * @param sheet      the sheet read (XLSX), or empty
 * @param numbers    per mapped number column, the detected style ({@code ru}, {@code en}, {@code plain})
 * @param dates      per mapped date column, the detected pattern
 * @param notes      remarks in the English source form (e.g. formulas read by their saved values)
 * @param problem    the refusal of the first shown row that does not convert with this mapping (the import would
 *                   refuse it too), so a preview still shows the headers for choosing other columns; or null
 */
public record ImportPreview(String file, String format, String encoding, String delimiter, String sheet,
                            List<String> headers, Map<String, String> mapping, boolean remembered, boolean wide,
                            Map<String, String> numbers, Map<String, String> dates, List<List<String>> rows,
                            long dataRows, List<String> notes, ImportException problem) {

    public ImportPreview {
        headers = List.copyOf(headers);
        mapping = Map.copyOf(mapping);
        numbers = Map.copyOf(numbers);
        dates = Map.copyOf(dates);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    public java.util.Optional<ImportException> refusal() {
        return java.util.Optional.ofNullable(problem);
    }
}
