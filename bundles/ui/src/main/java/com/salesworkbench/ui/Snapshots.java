package com.salesworkbench.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTree;
import javax.swing.border.Border;
import javax.swing.border.TitledBorder;
import javax.swing.table.TableModel;
import javax.swing.text.JTextComponent;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Renders a component without a display (no frame, no peer) and reads back the texts it shows, so a test can
 * prove a view renders its content: labels, buttons, text fields, table headers and cells, tab and border
 * titles, list and tree items, the selected item of combo boxes, chart titles.
 */
public final class Snapshots {

    private Snapshots() {
    }

    /** Lays the component out at the given size and paints it into an image. */
    public static BufferedImage render(JComponent component, int width, int height) {
        component.setSize(width, height);
        layout(component);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            component.printAll(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void layout(Component c) {
        c.doLayout();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                layout(child);
            }
        }
    }

    /** Every text the component and its descendants show, in tree order. */
    public static List<String> texts(Component component) {
        List<String> out = new ArrayList<>();
        collect(component, out);
        return out;
    }

    /** Number of pixels that differ from the top-left pixel: a blank rendering has none. */
    public static long inkedPixels(BufferedImage image) {
        int background = image.getRGB(0, 0);
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != background) {
                    n++;
                }
            }
        }
        return n;
    }

    private static void collect(Component c, List<String> out) {
        if (c instanceof JComponent jc) {
            border(jc.getBorder(), out);
        }
        if (c instanceof JLabel label) {
            add(label.getText(), out);
        } else if (c instanceof AbstractButton button) {
            add(button.getText(), out);
        } else if (c instanceof JTextComponent text) {
            add(text.getText(), out);
        } else if (c instanceof JTable table) {
            table(table, out);
        } else if (c instanceof JComboBox<?> combo) {
            // the selected item as the combo shows it (its renderer's text)
            Object item = combo.getSelectedItem();
            @SuppressWarnings("unchecked")
            javax.swing.ListCellRenderer<Object> r = (javax.swing.ListCellRenderer<Object>) combo.getRenderer();
            Component shown = r.getListCellRendererComponent(new JList<>(), item, -1, false, false);
            add(shown instanceof JLabel l ? l.getText() : String.valueOf(item), out);
            return; // not the combo's internal button and editor
        } else if (c instanceof JList<?> list) {
            for (int i = 0; i < list.getModel().getSize(); i++) {
                add(String.valueOf(list.getModel().getElementAt(i)), out);
            }
        } else if (c instanceof JTree tree) {
            for (int i = 0; i < tree.getRowCount(); i++) {
                add(String.valueOf(tree.getPathForRow(i).getLastPathComponent()), out);
            }
        } else if (c instanceof ChartPanel panel && panel.getChart() != null) {
            chart(panel.getChart(), out);
        }
        if (c instanceof JTabbedPane tabs) {
            for (int i = 0; i < tabs.getTabCount(); i++) {
                add(tabs.getTitleAt(i), out);
            }
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, out);
            }
        }
    }

    private static void table(JTable table, List<String> out) {
        TableModel m = table.getModel();
        for (int col = 0; col < m.getColumnCount(); col++) {
            add(m.getColumnName(col), out);
        }
        for (int row = 0; row < table.getRowCount(); row++) {
            for (int col = 0; col < table.getColumnCount(); col++) {
                Component cell = table.prepareRenderer(table.getCellRenderer(row, col), row, col);
                if (cell instanceof JLabel label) {
                    add(label.getText(), out);
                } else {
                    add(String.valueOf(table.getValueAt(row, col)), out);
                }
            }
        }
    }

    private static void chart(JFreeChart chart, List<String> out) {
        if (chart.getTitle() != null) {
            add(chart.getTitle().getText(), out);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle text) {
                add(text.getText(), out);
            }
        }
    }

    private static void border(Border border, List<String> out) {
        if (border instanceof TitledBorder titled) {
            add(titled.getTitle(), out);
        }
    }

    private static void add(String text, List<String> out) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}
