package com.salesworkbench.ui;

import javax.swing.undo.AbstractUndoableEdit;
import javax.swing.undo.UndoManager;

/**
 * One named edit of an editor whose document is an immutable value: undo puts the value before back, redo the
 * value after. The editors of strategy, SWOT and pay schemes record their changes this way.
 */
public final class UndoableChange {

    private UndoableChange() {
    }

    /**
     * Adds the edit to the part's undo history.
     *
     * @param name  shown in the Undo / Redo menu items
     * @param undo  restores the value before (and tells the listeners)
     * @param redo  restores the value after (and tells the listeners)
     */
    public static void record(UndoManager history, String name, Runnable undo, Runnable redo) {
        history.addEdit(new AbstractUndoableEdit() {
            private static final long serialVersionUID = 1L;

            @Override
            public void undo() {
                super.undo();
                undo.run();
            }

            @Override
            public void redo() {
                super.redo();
                redo.run();
            }

            @Override
            public String getPresentationName() {
                return name;
            }
        });
    }
}
