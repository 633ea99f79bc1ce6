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

/** A view context in English that holds background tasks back, so a test decides when each one finishes. */
final class DeferredViewContext implements ViewContext {

    private static final Progress NEVER_CANCELLED = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    final List<BackgroundTask<?>> pending = new ArrayList<>();

    @Override
    public <T> void run(BackgroundTask<T> task) {
        pending.add(task);
    }

    @Override
    public Locale locale() {
        return Locale.ENGLISH;
    }

    @Override
    public Formats formats() {
        return new Formats(Locale.ENGLISH);
    }

    @Override
    public Optional<ClientId> client() {
        return Optional.empty();
    }

    @Override
    public UndoManager undo() {
        return new UndoManager();
    }

    @Override
    public void showError(String where, Throwable error) {
        throw new AssertionError("a task's error goes to its own handler", error);
    }

    @Override
    public void status(String message) {
    }

    /** The titles of the tasks handed in, in order. */
    List<String> titles() {
        return pending.stream().map(BackgroundTask::title).toList();
    }

    /** Runs the i-th task handed in and delivers its result (or error) as the window would. */
    @SuppressWarnings("unchecked")
    <T> void finish(int i) throws Exception {
        BackgroundTask<T> task = (BackgroundTask<T>) pending.get(i);
        try {
            task.succeeded(task.compute(NEVER_CANCELLED));
        } catch (Exception e) {
            task.failed(e);
        }
    }
}
