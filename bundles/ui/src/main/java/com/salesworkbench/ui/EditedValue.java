package com.salesworkbench.ui;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoManager;

/**
 * The document of an editor whose document is an immutable value: every change is one named edit in the part's
 * undo history (undo puts the value before back, redo the value after), and the listeners hear of every change,
 * undo and redo. The editors of strategy, SWOT and pay schemes keep their documents this way.
 */
public final class EditedValue<D> {

    private final UndoManager history;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private D value;

    public EditedValue(D value, UndoManager history) {
        this.value = Objects.requireNonNull(value);
        this.history = history;
    }

    public D get() {
        return value;
    }

    /**
     * Makes {@code next} the value as one edit named {@code name} (shown in the Undo / Redo menu items); nothing
     * happens when it equals the value.
     */
    public void change(D next, String name) {
        if (next.equals(value)) {
            return;
        }
        D before = value;
        value = next;
        history.addEdit(new AbstractUndoableEdit() {
            private static final long serialVersionUID = 1L;

            @Override
            public void undo() {
                super.undo();
                set(before);
            }

            @Override
            public void redo() {
                super.redo();
                set(next);
            }

            @Override
            public String getPresentationName() {
                return name;
            }
        });
        fire();
    }

    /** Puts a value in place outside the undo history (what a save wrote) and tells the listeners. */
    public void set(D next) {
        value = Objects.requireNonNull(next);
        fire();
    }

    public void addListener(Runnable l) {
        listeners.add(l);
    }

    public void removeListener(Runnable l) {
        listeners.remove(l);
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
