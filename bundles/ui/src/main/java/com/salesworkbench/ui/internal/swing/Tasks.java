package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * Runs parts' long work on a small pool off the event thread; progress and the result come back on the event
 * thread. The pool's threads are daemons and the pool is shut down with the window, so none outlive the bundle.
 */
final class Tasks {

    /** One running task as the status bar sees it. */
    static final class Handle implements Progress {
        private final String title;
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private final AtomicBoolean repaintPending = new AtomicBoolean();
        private final Consumer<Handle> onProgress;
        private final long started = System.nanoTime();

        Handle(String title, Consumer<Handle> onProgress) {
            this.title = title;
            this.onProgress = onProgress;
        }

        String title() {
            return title;
        }

        /** {@link System#nanoTime()} when the task was handed in. */
        long started() {
            return started;
        }

        long done() {
            return done.get();
        }

        long total() {
            return total.get();
        }

        void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean cancelled() {
            return cancelled.get();
        }

        @Override
        public void worked(long d, long t) {
            done.set(d);
            total.set(t);
            // coalesced: one pending repaint at most, so a chatty task cannot flood the event queue
            if (repaintPending.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> {
                    repaintPending.set(false);
                    onProgress.accept(this);
                });
            }
        }
    }

    private final AtomicInteger threads = new AtomicInteger();
    /**
     * One core is left to the event thread: on a two-core machine, two workers fitting models would otherwise
     * take both and every paint would wait for a core (tasks over 50 ms that are no work of the event thread).
     */
    private final ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), r -> {
        Thread t = new Thread(r, "workbench-task-" + threads.incrementAndGet());
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // nice 15 where bin/workbench lets priorities reach the OS
        return t;
    });
    private final StatusBar status;
    private boolean yieldToPaints;
    private final BiConsumer<String, Throwable> errors;
    private final Consumer<String> cancelledMessage;

    Tasks(StatusBar status, BiConsumer<String, Throwable> errors, Consumer<String> cancelledMessage) {
        this.status = status;
        this.errors = errors;
        this.cancelledMessage = cancelledMessage;
    }

    /** Call on the event thread. */
    <T> void run(BackgroundTask<T> task) {
        Handle h = new Handle(task.title(), status::progress);
        status.begin(h);
        Runnable submit = () -> pool.execute(() -> {
            T result = null;
            Throwable error = null;
            try {
                result = task.compute(h);
            } catch (Exception | LinkageError e) {
                error = e;
            }
            T r = result;
            Throwable err = error;
            SwingUtilities.invokeLater(() -> finish(task, h, r, err));
        });
        if (yieldToPaints) {
            // handed to the pool only after the events queued now (the new part's layout and first paint) have
            // run, so that a view's load does not take the second core while the event thread paints it
            afterPendingEvents(submit);
        } else {
            submit.run(); // starting up: the first view's load goes at once, the start time counts to its figures
        }
    }

    /** From now on tasks wait for the paints already asked for (called once the window has first painted). */
    void yieldToPaints() {
        yieldToPaints = true;
    }

    /**
     * Runs {@code r} on the event thread after what is queued now and what that queues in turn (a part added now
     * asks the RepaintManager for its layout and paint only when the current event ends).
     */
    private static void afterPendingEvents(Runnable r) {
        SwingUtilities.invokeLater(() -> SwingUtilities.invokeLater(r));
    }

    private <T> void finish(BackgroundTask<T> task, Handle h, T result, Throwable error) {
        status.end(h);
        try {
            if (h.cancelled()) {
                cancelledMessage.accept(task.title());
            } else if (error != null) {
                if (!task.failed(error)) {
                    errors.accept(task.title(), error);
                }
            } else {
                task.succeeded(result);
            }
        } catch (RuntimeException e) {
            errors.accept(task.title(), e);
        }
    }

    void shutdown() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
