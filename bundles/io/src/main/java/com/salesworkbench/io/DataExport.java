package com.salesworkbench.io;

import com.salesworkbench.api.data.Table;
import java.io.IOException;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes tables to files, the format chosen by the extension: {@code .csv} (UTF-8, comma, plain numbers, ISO
 * dates) or {@code .xlsx} (number formats per column, frozen header, column widths, subtotal formulas; streamed,
 * so big tables need little memory). The file is replaced atomically.
 */
@ProviderType
public interface DataExport {

    void write(Table table, Path file) throws IOException;
}
