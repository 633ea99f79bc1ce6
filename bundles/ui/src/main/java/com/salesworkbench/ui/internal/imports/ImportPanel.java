package com.salesworkbench.ui.internal.imports;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.io.ImportKind.Field;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.io.ImportPreview;
import com.salesworkbench.ui.PartWidgets;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableModel;

/**
 * The import dialog's content: the file, the kind (changeable), what io detected (format, encoding and delimiter
 * or sheet, number and date formats per field), one combo per target field with the file's headers, the target
 * name, the first rows as they will be imported, and Import / Cancel. Swing only; the choices live in
 * {@link ImportChoices}, the work in {@link ImportFlow}. Built on the event thread; renders without a display.
 */
public final class ImportPanel {

    /** What the user does in the panel. */
    public interface Listener {
        void kindChanged(ImportKind kind);

        /** A column or the target changed: the flow previews again with the new mapping. */
        void choicesChanged(ImportChoices choices);

        void confirmed(ImportChoices choices);

        void cancelled();
    }

    private final Texts t;
    private final Path file;
    private final Listener listener;
    private final JPanel root = new JPanel(new BorderLayout(0, 8));
    private final JPanel body = new JPanel(new BorderLayout(0, 8));
    private final JLabel message = new JLabel(" ");
    private final JButton confirm;
    private final JButton cancel;
    private final JComboBox<ImportKind> kinds = new JComboBox<>(ImportKind.values());
    private final Map<String, JComboBox<String>> columns = new LinkedHashMap<>();
    private JTextField target;
    private ImportChoices choices;
    private String error;
    /** Set while the panel fills its own widgets, so their listeners do not report it as the user's change. */
    private boolean filling;

    public ImportPanel(Texts texts, Path file, ImportChoices choices, Listener listener) {
        this.t = texts;
        this.file = file;
        this.listener = listener;
        root.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        root.setName("import-dialog");

        JPanel head = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        head.add(new JLabel(t.get("dialog.kind")));
        kinds.setRenderer(renderer(v -> t.get("kind." + ((ImportKind) v).id())));
        kinds.setName("import-kind");
        kinds.addActionListener(e -> {
            if (!filling && kinds.getSelectedItem() instanceof ImportKind k && k != this.choices.kind()) {
                listener.kindChanged(k);
            }
        });
        head.add(kinds);
        root.add(head, BorderLayout.NORTH);
        root.add(body, BorderLayout.CENTER);

        confirm = new JButton(t.get("dialog.confirm"));
        confirm.setName("import-confirm");
        confirm.addActionListener(e -> {
            if (this.choices.complete() && error == null) {
                listener.confirmed(this.choices);
            }
        });
        cancel = new JButton(t.get("dialog.cancel"));
        cancel.addActionListener(e -> listener.cancelled());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 6, 0));
        buttons.add(confirm);
        buttons.add(cancel);
        JPanel foot = new JPanel(new BorderLayout(8, 0));
        message.setName("import-message");
        foot.add(message, BorderLayout.CENTER);
        foot.add(buttons, BorderLayout.EAST);
        root.add(foot, BorderLayout.SOUTH);
        show(choices);
    }

    public JComponent component() {
        return root;
    }

    public Path file() {
        return file;
    }

    public ImportChoices choices() {
        return choices;
    }

    /** The dialog's title in the window's language. */
    public String title() {
        return t.get("dialog.title", file.getFileName());
    }

    /** Shows a (new) preview and its choices. */
    public void show(ImportChoices c) {
        this.choices = c;
        // a shown row that does not convert with these columns: said at once, Import stays off until a change
        this.error = c.preview().refusal().map(e -> e.localized(t.locale())).orElse(null);
        filling = true;
        try {
            kinds.setSelectedItem(c.kind());
            body.removeAll();
            body.add(details(c), BorderLayout.NORTH);
            body.add(rows(c.preview()), BorderLayout.CENTER);
        } finally {
            filling = false;
        }
        update();
        root.revalidate();
        root.repaint();
    }

    /** A refusal of the current choices (a preview that failed), shown until the next preview. */
    public void refused(String text) {
        error = text;
        update();
    }

    /** The combo of a target field, for tests and the headless flow. */
    public JComboBox<String> column(String field) {
        return columns.get(field);
    }

    public JButton confirmButton() {
        return confirm;
    }

    public JButton cancelButton() {
        return cancel;
    }

    private JComponent details(ImportChoices c) {
        ImportPreview p = c.preview();
        JPanel info = new JPanel();
        info.setLayout(new BoxLayout(info, BoxLayout.Y_AXIS));
        String format = p.format().toUpperCase(Locale.ROOT);
        info.add(new JLabel(p.format().equals("csv")
                ? t.get("detected.csv", format, p.encoding(), delimiter(p.delimiter()))
                : t.get("detected.sheet", format, p.sheet())));
        info.add(new JLabel(t.get(p.dataRows() > 1000 ? "detected.rowsMore" : "detected.rows", p.dataRows())));
        if (p.wide()) {
            info.add(new JLabel(t.get("detected.wide")));
        }
        if (p.remembered()) {
            info.add(new JLabel(t.get("detected.remembered")));
        }
        for (String note : p.notes()) {
            info.add(new JLabel(note(note)));
        }

        JPanel grid = new JPanel(new GridBagLayout());
        grid.setBorder(BorderFactory.createTitledBorder(t.get("mapping.title")));
        GridBagConstraints g = new GridBagConstraints();
        g.insets = new Insets(2, 4, 2, 4);
        g.anchor = GridBagConstraints.WEST;
        columns.clear();
        int y = 0;
        for (Field f : c.kind().fields()) {
            g.gridy = y++;
            g.gridx = 0;
            g.fill = GridBagConstraints.NONE;
            g.weightx = 0;
            grid.add(new JLabel(t.get("field." + f.name()) + (f.required() ? " *" : "")), g);
            JComboBox<String> box = new JComboBox<>(c.options(f).toArray(new String[0]));
            box.setName("column-" + f.name());
            box.setRenderer(renderer(v -> choiceText((String) v)));
            box.setSelectedItem(c.chosen(f.name()));
            box.addActionListener(e -> {
                if (!filling) {
                    choices.choose(f.name(), (String) box.getSelectedItem());
                    update();
                    listener.choicesChanged(choices);
                }
            });
            columns.put(f.name(), box);
            g.gridx = 1;
            g.fill = GridBagConstraints.HORIZONTAL;
            g.weightx = 1;
            grid.add(box, g);
            g.gridx = 2;
            g.fill = GridBagConstraints.NONE;
            g.weightx = 0;
            grid.add(new JLabel(format(p, f.name())), g);
        }
        g.gridy = y;
        g.gridx = 0;
        grid.add(new JLabel(t.get("dialog.target")), g);
        target = new JTextField(c.target(), 20);
        target.setName("import-target");
        target.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                targetEdited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                targetEdited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                targetEdited();
            }
        });
        g.gridx = 1;
        g.fill = GridBagConstraints.HORIZONTAL;
        grid.add(target, g);

        JPanel top = new JPanel(new BorderLayout(0, 8));
        top.add(info, BorderLayout.NORTH);
        top.add(grid, BorderLayout.CENTER);
        return top;
    }

    private void targetEdited() {
        if (!filling) {
            choices.setTarget(target.getText());
            update();
        }
    }

    /** The first rows as io converted them: the mapped fields in the kind's order, then wide history's periods. */
    private JComponent rows(ImportPreview p) {
        List<String> names = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Field f : choices.kind().fields()) {
            String h = p.mapping().get(f.name());
            if (h != null && !h.equals(ImportChoices.PERIOD_COLUMNS)) {
                names.add(t.get("field." + f.name()));
                used.add(h);
            }
        }
        int width = p.rows().stream().mapToInt(List::size).max().orElse(names.size());
        for (String h : p.headers()) {
            if (names.size() >= width) {
                break;
            }
            if (!used.contains(h)) {
                names.add(h); // wide history: the period columns follow the mapped fields
            }
        }
        while (names.size() < width) {
            names.add("");
        }
        DefaultTableModel model = PartWidgets.readOnlyTable(names.toArray());
        for (List<String> r : p.rows()) {
            model.addRow(r.toArray());
        }
        JTable table = new JTable(model);
        table.setName("import-rows");
        table.setAutoResizeMode(JTable.AUTO_RESIZE_OFF);
        JScrollPane pane = new JScrollPane(table);
        pane.setBorder(BorderFactory.createTitledBorder(t.get("rows.title")));
        pane.setPreferredSize(new java.awt.Dimension(640, 200));
        return pane;
    }

    /** The missing fields, a reused column or the refusal; Import only when the choices can be imported. */
    private void update() {
        List<String> missing = choices.missing();
        String text;
        if (error != null) {
            text = error;
        } else if (!missing.isEmpty()) {
            text = t.get("missing", String.join(", ", missing.stream().map(m -> t.get("field." + m)).toList()));
        } else if (!choices.targetValid()) {
            text = t.get("target.invalid", choices.target());
        } else if (!choices.reused().isEmpty()) {
            text = t.get("reused", String.join(", ", choices.reused()));
        } else {
            text = " ";
        }
        message.setText(text);
        confirm.setEnabled(choices.complete() && error == null);
    }

    private String choiceText(String v) {
        if (v == null || v.equals(ImportChoices.NONE)) {
            return t.get("choice.none");
        }
        return v.equals(ImportChoices.PERIOD_COLUMNS) ? t.get("choice.periods") : v;
    }

    private String format(ImportPreview p, String field) {
        String n = p.numbers().get(field);
        if (n != null) {
            return t.get("number." + n);
        }
        String d = p.dates().get(field);
        return d != null ? d : "";
    }

    private String delimiter(String d) {
        return switch (d) {
            case "\t" -> t.get("delimiter.tab");
            case ";" -> t.get("delimiter.semicolon");
            case "," -> t.get("delimiter.comma");
            default -> d;
        };
    }

    /** io's notes are English; the one it writes today is localised here, others shown as they are. */
    private String note(String note) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) formula cells read by the values saved with them")
                .matcher(note);
        return m.matches() ? t.get("note.formulas", Long.parseLong(m.group(1))) : note;
    }

    private static DefaultListCellRenderer renderer(java.util.function.Function<Object, String> text) {
        return new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, value == null ? "" : text.apply(value), index,
                        selected, focus);
            }
        };
    }
}
