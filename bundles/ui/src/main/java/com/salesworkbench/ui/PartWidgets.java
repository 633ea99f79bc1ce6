package com.salesworkbench.ui;

import java.awt.BorderLayout;
import java.awt.Font;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
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
     * A section of a view: a bold heading over the body. Used instead of a titled border, whose frame around a
     * scroll pane's own border is a second large anti-aliased outline to paint (several milliseconds a view on
     * the event thread) and a double line to look at.
     */
    public static JPanel section(String title, JComponent body) {
        JLabel heading = new JLabel(title);
        heading.setFont(heading.getFont().deriveFont(Font.BOLD));
        heading.setBorder(BorderFactory.createEmptyBorder(6, 2, 4, 2));
        JPanel section = new JPanel(new BorderLayout());
        section.add(heading, BorderLayout.NORTH);
        section.add(body, BorderLayout.CENTER);
        return section;
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
