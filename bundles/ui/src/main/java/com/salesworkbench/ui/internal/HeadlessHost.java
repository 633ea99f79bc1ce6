package com.salesworkbench.ui.internal;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.ui.internal.model.WindowHost;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The host while no window is shown (headless installations, integration tests): tasks run off the event
 * thread, errors and messages go to the log.
 */
final class HeadlessHost implements WindowHost {

    private static final Logger LOG = Logger.getLogger(HeadlessHost.class.getName());
    private final ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-headless-task");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(BackgroundTask<T> task) {
        pool.execute(() -> {
            try {
                T result = task.compute(new Progress() {
                    @Override
                    public void worked(long done, long total) {
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                });
                Edt.later(() -> task.succeeded(result));
            } catch (Exception e) {
                Edt.later(() -> {
                    if (!task.failed(e)) {
                        showError(task.title(), e);
                    }
                });
            }
        });
    }

    @Override
    public void showError(String where, Throwable error) {
        LOG.log(Level.WARNING, where + ": " + error, error);
    }

    @Override
    public void status(String message) {
        LOG.fine(message);
    }

    void shutdown() {
        pool.shutdownNow();
    }
}
