package com.salesworkbench.ui;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.io.DataImport;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.ui.internal.imports.ImportFlow;
import com.salesworkbench.ui.internal.imports.ImportPanel;
import com.salesworkbench.ui.internal.imports.ImportTexts;
import com.salesworkbench.workspace.ClientWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.undo.UndoManager;

/**
 * A {@link ViewContext} without a window: background tasks run at once on the calling thread, errors and
 * status messages are kept for the caller to look at. For tests, snapshots and batch rendering.
 * Given io's {@link DataImport} ({@link #withImport}), dropped files go through the window's import flow with
 * its dialog rendered off screen and confirmed as proposed (the texts of each dialog are kept, see
 * {@link #importDialogs}); without one, an import reports that it is not available, as the window does.
 * <p>
 * Being synchronous makes it deterministic: a view that loads its data through {@link #run} in open() has
 * shown it (or its error) by the time open() returns, so a test reads the texts right after. The tasks that
 * ran are counted ({@link #tasksRun()}), so a test can also prove that a view loads in the background.
 */
public final class HeadlessViewContext implements ViewContext, FileImports {

    /** An error a part reported, with where it happened. */
    public record ReportedError(String where, Throwable error) {
    }

    private final Locale locale;
    private final Formats formats;
    private final ClientId client;
    private final UndoManager undo = new UndoManager();
    private final List<ReportedError> errors = new ArrayList<>();
    private final List<String> statuses = new ArrayList<>();
    private final List<String> tasks = new ArrayList<>();
    private final List<List<String>> importDialogs = new ArrayList<>();
    private DataImport dataImport;

    /**
     * @param locale       the language of the texts
     * @param clientLocale the locale of the client's figures
     * @param client       the active client, or null for none
     */
    public HeadlessViewContext(Locale locale, Locale clientLocale, ClientId client) {
        this.locale = locale;
        this.formats = new Formats(clientLocale);
        this.client = client;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Formats formats() {
        return formats;
    }

    @Override
    public Optional<ClientId> client() {
        return Optional.ofNullable(client);
    }

    @Override
    public UndoManager undo() {
        return undo;
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        tasks.add(task.title());
        T result;
        try {
            result = task.compute(new Progress() {
                @Override
                public void worked(long done, long total) {
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            if (!task.failed(e)) {
                errors.add(new ReportedError(task.title(), e));
            }
            return;
        }
        task.succeeded(result);
    }

    @Override
    public void showError(String where, Throwable error) {
        errors.add(new ReportedError(where, error));
    }

    @Override
    public void status(String message) {
        statuses.add(message);
    }

    public List<ReportedError> errors() {
        return List.copyOf(errors);
    }

    /** The titles of the background tasks run so far, in order. */
    public List<String> tasksRun() {
        return List.copyOf(tasks);
    }

    public List<String> statuses() {
        return List.copyOf(statuses);
    }

    /** Imports through io's DataImport, the dialog confirmed as proposed. */
    public HeadlessViewContext withImport(DataImport io) {
        this.dataImport = io;
        return this;
    }

    /** The texts of every import dialog shown, in order (rendered off screen first, so they were laid out). */
    public List<List<String>> importDialogs() {
        return List.copyOf(importDialogs);
    }

    @Override
    public void importFiles(ClientWorkspace client, List<Path> files, ImportKind kind, Consumer<Imported> imported) {
        if (dataImport == null) {
            showError(files.isEmpty() ? "" : String.valueOf(files.get(0).getFileName()),
                    new IllegalStateException(ImportTexts.of(locale).get("import.unavailable")));
            return;
        }
        new ImportFlow(this, dataImport, client, new ImportFlow.Dialogs() {
            @Override
            public void open(ImportPanel panel) {
                Snapshots.render(panel.component(), 900, 700);
                importDialogs.add(Snapshots.texts(panel.component()));
                (panel.confirmButton().isEnabled() ? panel.confirmButton() : panel.cancelButton()).doClick();
            }

            @Override
            public void close(ImportPanel panel) {
            }
        }).start(files, kind, imported);
    }
}
