package com.salesworkbench.api.ui;

import org.osgi.annotation.versioning.ConsumerType;

/** Long work of a part (a backtest, a simulation, an import), run by {@link ViewContext#run}. */
@ConsumerType
public interface BackgroundTask<T> {

    /** Shown beside the progress bar, in the window's language. */
    String title();

    /** Runs on a worker thread; should look at {@link Progress#cancelled()} between steps. */
    T compute(Progress progress) throws Exception;

    /** Called on the event thread with the result, unless cancelled or failed. */
    void succeeded(T result);

    /**
     * Called on the event thread when {@link #compute} threw.
     *
     * @return true when the task dealt with the error itself; otherwise the window shows an error dialog
     */
    default boolean failed(Throwable error) {
        return false;
    }
}
