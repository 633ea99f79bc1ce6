package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.ui.BackgroundTask;

/**
 * What the model needs from the window around it: background work with progress, error dialogs and the
 * status bar. The Swing frame implements it; tests use a recording one.
 */
public interface WindowHost {

    <T> void run(BackgroundTask<T> task);

    void showError(String where, Throwable error);

    void status(String message);
}
