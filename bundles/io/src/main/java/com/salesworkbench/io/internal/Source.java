package com.salesworkbench.io.internal;

import com.salesworkbench.io.Where;
import java.util.ArrayList;
import java.util.List;

/** Rows of one imported file (CSV or one XLSX sheet), each cell as text, streamed to a sink. */
abstract class Source {

    /** Receives rows; {@code row} is the CSV line or sheet row number (1-based). */
    interface Sink {
        void row(long row, String[] cells);
    }

    /** Thrown by a sink that has seen enough rows. */
    static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    final String file;
    final List<String> notes = new ArrayList<>();

    Source(String file) {
        this.file = file;
    }

    abstract String format();

    String encoding() {
        return "";
    }

    String delimiter() {
        return "";
    }

    /** The sheet name for XLSX, null for CSV. */
    String sheet() {
        return null;
    }

    /** Streams every non-empty row to the sink (which may stop it with {@link Stop}). */
    abstract void read(Sink sink);

    Where where(long row, int column, String header) {
        return new Where(file, sheet(), row, column, header);
    }

    /** Streams all rows, or stops after {@code limit} rows; true when the whole file was read. */
    final boolean read(Sink sink, int limit) {
        int[] n = {0};
        try {
            read((row, cells) -> {
                if (limit > 0 && n[0] >= limit) {
                    throw new Stop(); // one row past the limit: the file does go on
                }
                sink.row(row, cells);
                n[0]++;
            });
            return true;
        } catch (Stop e) {
            return false;
        }
    }
}
