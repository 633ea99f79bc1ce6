package com.salesworkbench.ui.internal.imports;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.io.DataImport;
import com.salesworkbench.io.ImportException;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportOptions;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.io.ImportResult;
import com.salesworkbench.ui.FileImports.Imported;
import com.salesworkbench.ui.SeriesChoice;
import com.salesworkbench.workspace.ClientWorkspace;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * One import of dropped files: for each file, io's preview (off the event thread), the panel in a dialog, a new
 * preview whenever the user changes the kind or a column, and on confirmation the import through
 * {@link ViewContext#run} (progress in the status bar); a refusal goes to the window's error dialog in the
 * user's language, naming the place. io remembers the confirmed mapping for the client on import.
 */
public final class ImportFlow {

    /** Where the panel is shown: a modal dialog in the window, an automatic confirmation in headless tests. */
    public interface Dialogs {
        void open(ImportPanel panel);

        void close(ImportPanel panel);
    }

    private final ViewContext context;
    private final DataImport io;
    private final ClientWorkspace client;
    private final Dialogs dialogs;
    private final Texts t;
    private final Deque<Path> queue = new ArrayDeque<>();
    private ImportKind kind;
    private Consumer<Imported> imported;
    /** Counts previews, so an answer that arrives after a newer request is dropped. */
    private int generation;

    public ImportFlow(ViewContext context, DataImport io, ClientWorkspace client, Dialogs dialogs) {
        this.context = context;
        this.io = io;
        this.client = client;
        this.dialogs = dialogs;
        this.t = ImportTexts.of(context.locale());
    }

    /** Event thread: imports the files one after another. */
    public void start(List<Path> files, ImportKind kind, Consumer<Imported> imported) {
        this.kind = kind;
        this.imported = imported;
        queue.addAll(files);
        next();
    }

    private void next() {
        Path file = queue.poll();
        if (file == null) {
            return;
        }
        ImportOptions base = base(kind, SeriesChoice.seriesName(file));
        preview(file, base, new Consumer<>() {
            @Override
            public void accept(ImportPreview p) {
                open(file, new ImportChoices(base.kind(), p, base.target()));
            }
        }, error -> {
            refuse(file, error);
            next();
        });
    }

    private ImportOptions base(ImportKind k, String target) {
        return ImportOptions.of(k).withTarget(target).withLocale(context.locale());
    }

    private void open(Path file, ImportChoices first) {
        ImportPanel[] panel = new ImportPanel[1];
        panel[0] = new ImportPanel(t, file, first, new ImportPanel.Listener() {
            @Override
            public void kindChanged(ImportKind k) {
                ImportOptions base = base(k, panel[0].choices().target());
                preview(file, base, p -> panel[0].show(new ImportChoices(k, p, base.target())),
                        e -> panel[0].refused(message(e)));
            }

            @Override
            public void choicesChanged(ImportChoices c) {
                if (!c.complete()) {
                    return;
                }
                ImportOptions options = c.options(base(c.kind(), c.target()));
                preview(file, options, p -> panel[0].show(new ImportChoices(c.kind(), p, c.target())),
                        e -> panel[0].refused(message(e)));
            }

            @Override
            public void confirmed(ImportChoices c) {
                dialogs.close(panel[0]);
                run(file, c.options(base(c.kind(), c.target())));
            }

            @Override
            public void cancelled() {
                dialogs.close(panel[0]);
                next();
            }
        });
        dialogs.open(panel[0]);
    }

    private void preview(Path file, ImportOptions options, Consumer<ImportPreview> shown, Consumer<Throwable> failed) {
        int mine = ++generation;
        context.run(new BackgroundTask<ImportPreview>() {
            @Override
            public String title() {
                return t.get("task.preview", file.getFileName());
            }

            @Override
            public ImportPreview compute(Progress progress) {
                progress.worked(0, 0);
                return io.preview(file, options, client);
            }

            @Override
            public void succeeded(ImportPreview result) {
                if (mine == generation) {
                    shown.accept(result);
                }
            }

            @Override
            public boolean failed(Throwable error) {
                if (mine == generation) {
                    failed.accept(error);
                }
                return true;
            }
        });
    }

    private void run(Path file, ImportOptions options) {
        context.run(new BackgroundTask<ImportResult>() {
            @Override
            public String title() {
                return t.get("task.import", file.getFileName());
            }

            @Override
            public ImportResult compute(Progress progress) {
                progress.worked(0, 0); // io reads and checks the whole file before it writes: no steps to count
                return io.importFile(file, options, client);
            }

            @Override
            public void succeeded(ImportResult result) {
                context.status(t.get("done", context.formats().count(result.rows()), file.getFileName(),
                        options.target()));
                imported.accept(new Imported(file, options.kind(), options.target(), result));
                next();
            }

            @Override
            public boolean failed(Throwable error) {
                refuse(file, error);
                next();
                return true;
            }
        });
    }

    private void refuse(Path file, Throwable error) {
        // the message already names the place (file, sheet, row, column); no cause, so the dialog shows no English
        context.showError(String.valueOf(file.getFileName()), new IllegalArgumentException(message(error)));
    }

    private String message(Throwable error) {
        if (error instanceof ImportException e) {
            return e.localized(context.locale());
        }
        String m = error.getMessage();
        return t.get("failed", m == null || m.isBlank() ? error.getClass().getSimpleName() : m);
    }
}
