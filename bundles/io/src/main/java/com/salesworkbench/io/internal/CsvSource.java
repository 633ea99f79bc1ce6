package com.salesworkbench.io.internal;

import com.salesworkbench.io.ImportException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file decoded in its detected (or given) encoding, split by its detected delimiter. */
final class CsvSource extends Source {

    private final String text;
    private final Charset charset;
    private final char delimiter;

    CsvSource(String file, byte[] data, Optional<Charset> given) {
        super(file);
        Encodings.Detected detected = Encodings.detect(data);
        Charset cs = given.orElse(detected.charset());
        int bom = given.isPresent() && !given.get().equals(detected.charset()) ? 0 : detected.bom();
        try {
            // the detector already decoded UTF-8 strictly: no second pass over a big file
            this.text = given.isEmpty() && detected.text() != null ? detected.text() : Encodings.decodeStrict(data, bom, cs);
        } catch (CharacterCodingException e) {
            throw new ImportException("error.encoding", "File " + file + " is not readable as " + cs.name()
                    + " text (a byte sequence that is not " + cs.name() + "); give the right encoding with -e",
                    file, cs.name());
        }
        if (text.indexOf('\uFFFD') >= 0 && !StandardCharsets.UTF_8.equals(cs)) {
            notes.add("replacement characters in the text");
        }
        this.charset = cs;
        this.delimiter = Delimiters.detect(text);
    }

    @Override
    String format() {
        return "csv";
    }

    @Override
    String encoding() {
        return charset.name();
    }

    @Override
    String delimiter() {
        return delimiter == '\t' ? "tab" : String.valueOf(delimiter);
    }

    @Override
    void read(Sink sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).build();
        long line = 1;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord r : parser) {
                String[] cells = r.values();
                boolean empty = true;
                for (String c : cells) {
                    empty &= c.isBlank();
                }
                if (!empty) {
                    sink.row(line, cells);
                }
                line = parser.getCurrentLineNumber() + 1;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv reports a broken quote as an I/O problem of the record that follows the last good one
            throw new ImportException("error.csvSyntax", where(line, -1, null) + ": not valid CSV ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")", where(line, -1, null),
                    e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringReader does not fail
        }
    }
}
