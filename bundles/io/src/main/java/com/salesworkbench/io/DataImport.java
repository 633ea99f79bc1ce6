package com.salesworkbench.io;

import com.salesworkbench.workspace.ClientWorkspace;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Reads CSV and XLSX files into a client's workspace. {@link #preview} detects everything and proposes a mapping
 * without writing; {@link #importFile} reads the whole file with a confirmed mapping, validates every row first
 * and only then writes (the series or table, and the mapping remembered for the client). On any problem it
 * throws {@link ImportException} naming the place and nothing is written.
 */
@ProviderType
public interface DataImport {

    ImportPreview preview(Path file, ImportOptions options, ClientWorkspace client);

    ImportResult importFile(Path file, ImportOptions options, ClientWorkspace client);
}
