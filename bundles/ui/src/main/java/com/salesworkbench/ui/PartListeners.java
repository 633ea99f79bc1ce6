package com.salesworkbench.ui;

import java.awt.event.ActionListener;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;

/**
 * The listeners a part hangs on its own components, taken off together when the part closes, so a closed part
 * leaves nothing that reaches it (the window checks for such orphans after client switches).
 */
public final class PartListeners {

    private final List<Runnable> removals = new ArrayList<>();

    public void onAction(JComboBox<?> box, ActionListener l) {
        box.addActionListener(l);
        removals.add(() -> box.removeActionListener(l));
    }

    public void onAction(AbstractButton button, ActionListener l) {
        button.addActionListener(l);
        removals.add(() -> button.removeActionListener(l));
    }

    /** Any other listener the part has just added: {@code removal} takes it off at close. */
    public void added(Runnable removal) {
        removals.add(removal);
    }

    /** Called when the part closes. */
    public void removeAll() {
        removals.forEach(Runnable::run);
        removals.clear();
    }
}
