package com.salesworkbench.ui;

import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.JSplitPane;
import javax.swing.table.DefaultTableModel;

/** Small Swing pieces the views share. */
public final class PartWidgets {

    private PartWidgets() {
    }

    /** A table model whose cells the user cannot edit (figures the view computes). */
    public static DefaultTableModel readOnlyTable(Object... columns) {
        return new DefaultTableModel(columns, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return false;
            }
        };
    }

    /**
     * Puts a split pane's divider at {@code share} of its width the first time it has one (the window may lay a
     * part out before it is shown, which would otherwise fix the divider at the preferred sizes).
     */
    public static JSplitPane proportional(JSplitPane split, double share) {
        split.setResizeWeight(share);
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (split.getWidth() > 0) {
                    split.setDividerLocation(share);
                    split.removeComponentListener(this);
                }
            }
        });
        return split;
    }
}
