package com.salesworkbench.ui;

import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.ui.internal.imports.ImportTexts;
import com.salesworkbench.workspace.ClientWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The window's import of data files (CSV, TXT/TSV, XLSX, XLS) through the io bundle: a preview of what was detected
 * and the proposed column mapping, which the user confirms or changes (and which io remembers for the client),
 * then the import off the event thread. A view's {@code acceptsFiles} asks {@link #readable}; its
 * {@code importFiles} calls {@link #start} with the kind its data is, and refreshes in the callback.
 * The window's view contexts and {@link HeadlessViewContext} (given a DataImport) implement it.
 */
public interface FileImports {

    /** What an import wrote: io's result, the kind the user confirmed and the target name in the workspace. */
    record Imported(Path file, ImportKind kind, String target, ImportResult result) {
    }

    /** The file name endings the import reads; the content decides the real format. */
    List<String> EXTENSIONS = List.of("csv", "txt", "tsv", "xlsx", "xlsm", "xls");

    /** Opens the import of each file in turn; {@code imported} runs on the event thread after each one written. */
    void importFiles(ClientWorkspace client, List<Path> files, ImportKind kind, Consumer<Imported> imported);

    /** True when there are files and the import reads each of them (by name; the content is checked on import). */
    static boolean readable(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(f -> {
            String n = f.getFileName() == null ? "" : f.getFileName().toString().toLowerCase(Locale.ROOT);
            int dot = n.lastIndexOf('.');
            return dot > 0 && EXTENSIONS.contains(n.substring(dot + 1));
        });
    }

    /**
     * Imports the files through the context's import, or reports in the window's error dialog that this context
     * has none (a context of another window implementation).
     */
    static void start(ViewContext context, ClientWorkspace client, List<Path> files, ImportKind kind,
                      Consumer<Imported> imported) {
        if (context instanceof FileImports imports) {
            imports.importFiles(client, files, kind, imported);
        } else {
            context.showError(files.isEmpty() ? "" : String.valueOf(files.get(0).getFileName()),
                    new IllegalStateException(ImportTexts.of(context.locale()).get("import.unavailable")));
        }
    }
}
