package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.ui.internal.imports.ImportTexts;
import com.salesworkbench.workspace.ClientWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the model needs from the window around it: background work with progress, error dialogs and the
 * status bar. The Swing frame implements it; tests use a recording one.
 */
public interface WindowHost {

    <T> void run(BackgroundTask<T> task);

    void showError(String where, Throwable error);

    void status(String message);

    /**
     * The window's import dialog for a part's files ({@link FileImports}); a host without a window, or without
     * the io bundle, reports that it cannot import.
     */
    default void importFiles(ViewContext part, ClientWorkspace client, List<Path> files, ImportKind kind,
                             Consumer<FileImports.Imported> imported) {
        part.showError(files.isEmpty() ? "" : String.valueOf(files.get(0).getFileName()),
                new IllegalStateException(ImportTexts.of(part.locale()).get("import.unavailable")));
    }
}
