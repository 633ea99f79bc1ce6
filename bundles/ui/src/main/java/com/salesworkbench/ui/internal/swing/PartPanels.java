package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.ui.internal.UiTexts;
import com.salesworkbench.ui.internal.model.Part;
import com.salesworkbench.ui.internal.model.Perspectives;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagLayout;
import java.io.PrintWriter;
import java.io.StringWriter;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/** The panels the window shows instead of a part: a view that failed to open, a module that is absent. */
public final class PartPanels {

    private PartPanels() {
    }

    /** What went wrong and where, with the stack trace below for the developer of the view. */
    public static JComponent error(Part part, Texts t) {
        Throwable e = part.failure().orElseThrow();
        JPanel head = new JPanel();
        head.setLayout(new BoxLayout(head, BoxLayout.Y_AXIS));
        JLabel title = new JLabel(t.get("part.failed", part.view().id()));
        title.setFont(title.getFont().deriveFont(Font.BOLD, title.getFont().getSize2D() * 1.2f));
        title.setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                ? UIManager.getColor("Component.error.focusedBorderColor") : java.awt.Color.RED.darker());
        head.add(title);
        head.add(Box.createVerticalStrut(6));
        head.add(new JLabel(t.get("error.where", part.where())));
        head.add(new JLabel(t.get("error.what", describe(e))));
        head.add(Box.createVerticalStrut(6));
        head.add(new JLabel(t.get("part.failed.rest")));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        JTextArea area = new JTextArea(trace.toString());
        area.setEditable(false);
        area.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 11));
        JPanel panel = new JPanel(new BorderLayout(0, 8));
        panel.setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        panel.add(head, BorderLayout.NORTH);
        panel.add(new JScrollPane(area), BorderLayout.CENTER);
        panel.setName("error-part");
        return panel;
    }

    /** "Module X is not installed for this client", with the feature to add (plain labels: no HTML kit to load). */
    public static JComponent notInstalled(String perspective, Texts t) {
        JPanel lines = new JPanel();
        lines.setLayout(new BoxLayout(lines, BoxLayout.Y_AXIS));
        JLabel what = new JLabel(t.get("notInstalled", UiTexts.perspective(t, perspective)));
        what.setFont(what.getFont().deriveFont(Font.BOLD, what.getFont().getSize2D() * 1.15f));
        JLabel hint = new JLabel(t.get("notInstalled.hint", Perspectives.feature(perspective)));
        what.setAlignmentX(Component.CENTER_ALIGNMENT);
        hint.setAlignmentX(Component.CENTER_ALIGNMENT);
        lines.add(what);
        lines.add(Box.createVerticalStrut(8));
        lines.add(hint);
        JPanel panel = new JPanel(new GridBagLayout());
        panel.add(lines);
        panel.setName("not-installed");
        return panel;
    }

    /** An exception as a user reads it: its message, else its type; with the cause's message when it adds one. */
    public static String describe(Throwable e) {
        String msg = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage() : e.getClass().getSimpleName();
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null && !msg.contains(c.getMessage())) {
            msg = msg + " <- " + c.getMessage();
        }
        return msg;
    }

}
