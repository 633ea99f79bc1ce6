package com.salesworkbench.ui;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.undo.UndoManager;

/**
 * A {@link ViewContext} without a window: background tasks run at once on the calling thread, errors and
 * status messages are kept for the caller to look at. For tests, snapshots and batch rendering.
 * <p>
 * Being synchronous makes it deterministic: a view that loads its data through {@link #run} in open() has
 * shown it (or its error) by the time open() returns, so a test reads the texts right after. The tasks that
 * ran are counted ({@link #tasksRun()}), so a test can also prove that a view loads in the background.
 */
public final class HeadlessViewContext implements ViewContext {

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
}
