package com.salesworkbench.ui;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import java.util.function.Consumer;

/**
 * The background loads of one part where only the newest counts: a part that reloads when the user picks another
 * document or series starts a new load, and a slower older load that finishes afterwards, or any load that
 * finishes after the part closed, is dropped instead of overwriting what the part shows. Used on the event thread.
 */
public final class LatestLoad {

    /** The work of a load, off the event thread. */
    @FunctionalInterface
    public interface Work<T> {
        T compute(Progress progress) throws Exception;
    }

    private int generation;
    private volatile boolean closed;

    /**
     * Starts a load through {@link ViewContext#run}: {@code show} gets its result and {@code failed} its error, both
     * on the event thread and only while it is the newest load of an open part.
     */
    public <T> void start(ViewContext context, String title, Work<T> work, Consumer<T> show, Consumer<Throwable> failed) {
        int mine = ++generation;
        context.run(new BackgroundTask<T>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T compute(Progress progress) throws Exception {
                return work.compute(progress);
            }

            @Override
            public void succeeded(T result) {
                if (current(mine)) {
                    show.accept(result);
                }
            }

            @Override
            public boolean failed(Throwable error) {
                if (current(mine)) {
                    failed.accept(error);
                }
                return true;
            }
        });
    }

    private boolean current(int load) {
        return !closed && load == generation;
    }

    /** Forgets the loads started so far: none of them is shown when it ends. */
    public void drop() {
        generation++;
    }

    /** Whether the part closed: nothing started before is shown any more. */
    public boolean closed() {
        return closed;
    }

    /** Called when the part closes. */
    public void close() {
        closed = true;
    }
}
