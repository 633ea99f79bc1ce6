package com.salesworkbench.io;

import java.util.List;

/** What an import wrote: the rows read, the series or table rows stored, and the workspace items written. */
public record ImportResult(long rows, int series, List<String> written) {

    public ImportResult {
        written = List.copyOf(written);
    }
}
