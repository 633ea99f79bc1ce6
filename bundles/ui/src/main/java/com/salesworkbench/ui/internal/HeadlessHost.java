package com.salesworkbench.ui.internal;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.ui.internal.model.WindowHost;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
                        return pool.isShutdown();
                    }
                });
                Edt.later(() -> task.succeeded(result));
            } catch (LinkageError e) {
                // the view's bundle stopped while its work ran (its classes are gone): nobody waits for the result
                LOG.log(Level.FINE, "background work of a stopped bundle ended", e);
            } catch (Exception e) {
                if (pool.isShutdown()) {
                    return; // stopped while it ran: nobody waits for the result
                }
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

    /** Cancels running work and waits briefly for it, so no task outlives the bundle whose classes it uses. */
    void shutdown() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
