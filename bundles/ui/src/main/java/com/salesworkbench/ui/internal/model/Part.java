package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.ui.ViewPart;
import java.util.Optional;

/**
 * One open instance of a view: either the part the view built, or the error it threw while building it
 * (the window then shows an error panel in its place).
 */
public final class Part {

    private final ViewEntry view;
    private final PartContext context;
    private final ViewPart part;
    private final Throwable failure;
    private boolean disposed;

    Part(ViewEntry view, PartContext context, ViewPart part, Throwable failure) {
        this.view = view;
        this.context = context;
        this.part = part;
        this.failure = failure;
    }

    public ViewEntry view() {
        return view;
    }

    public PartContext context() {
        return context;
    }

    /** The view's part; empty when opening it failed. */
    public Optional<ViewPart> part() {
        return Optional.ofNullable(part);
    }

    /** Why the view could not be opened. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Where the failure happened, for the error panel: the view and the bundle that contributed it. */
    public String where() {
        return view.id() + " (" + view.origin() + ")";
    }

    public boolean disposed() {
        return disposed;
    }

    /** Disposes the view's part; a throwing dispose is reported, never propagated, so closing always completes. */
    void dispose(WindowHost host) {
        if (disposed) {
            return;
        }
        disposed = true;
        if (part != null) {
            try {
                part.dispose();
            } catch (RuntimeException | LinkageError e) {
                host.showError(where(), e);
            }
        }
    }
}
