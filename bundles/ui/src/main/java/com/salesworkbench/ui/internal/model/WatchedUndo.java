package com.salesworkbench.ui.internal.model;

import javax.swing.undo.UndoManager;
import javax.swing.undo.UndoableEdit;

/**
 * A part's undo history that tells the window when what can be undone or redone changed, so the Undo / Redo
 * items and buttons are enabled only when they do something and name the edit they act on.
 */
public final class WatchedUndo extends UndoManager {

    private static final long serialVersionUID = 1L;

    private final transient Runnable changed;

    WatchedUndo(Runnable changed) {
        this.changed = changed;
    }

    @Override
    public synchronized boolean addEdit(UndoableEdit anEdit) {
        boolean added = super.addEdit(anEdit);
        changed.run();
        return added;
    }

    @Override
    public synchronized void undo() {
        super.undo();
        changed.run();
    }

    @Override
    public synchronized void redo() {
        super.redo();
        changed.run();
    }

    @Override
    public synchronized void undoOrRedo() {
        super.undoOrRedo();
        changed.run();
    }

    @Override
    public synchronized void discardAllEdits() {
        super.discardAllEdits();
        changed.run();
    }

    @Override
    public synchronized void end() {
        super.end();
        changed.run();
    }

    /** The name of the edit Undo would revert (as its editor named it), or empty. */
    public synchronized String undoName() {
        UndoableEdit e = canUndo() ? editToBeUndone() : null;
        return e == null ? "" : e.getPresentationName();
    }

    /** The name of the edit Redo would apply again, or empty. */
    public synchronized String redoName() {
        UndoableEdit e = canRedo() ? editToBeRedone() : null;
        return e == null ? "" : e.getPresentationName();
    }
}
