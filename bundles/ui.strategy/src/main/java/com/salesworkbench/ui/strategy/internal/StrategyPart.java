package com.salesworkbench.ui.strategy.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.strategy.Action;
import com.salesworkbench.strategy.ActionStatus;
import com.salesworkbench.strategy.Chapter;
import com.salesworkbench.strategy.Goal;
import com.salesworkbench.strategy.GoalKind;
import com.salesworkbench.strategy.Horizon;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.ui.LatestLoad;
import com.salesworkbench.ui.Loading;
import com.salesworkbench.ui.OpenWorkHandle;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.ui.PartListeners;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.DefaultCellEditor;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.event.ListSelectionListener;
import javax.swing.table.DefaultTableModel;

/** One open strategy view: chapters with their text, goals and the action plan, all undoable, saved on request. */
final class StrategyPart implements ViewPart {

    /** A chapter in the list: shows its horizon and title in the window's language. */
    record Entry(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ViewContext context;
    /** The background loads: only the newest one's result is shown. */
    private final LatestLoad loads = new LatestLoad();
    private final ClientWorkspace client;
    private final Texts t;
    private final Formats f;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> documents = new JComboBox<>();
    private final JButton save;
    private final JLabel message = new JLabel(" ");
    private final JLabel status = new JLabel(" ");
    private final DefaultListModel<Entry> chapters = new DefaultListModel<>();
    private final JList<Entry> chapterList = new JList<>(chapters);
    private final JTextArea chapterText = new JTextArea();
    private final JComboBox<String> horizon = new JComboBox<>();
    private final JTextField chapterTitle = new JTextField(16);
    private final DefaultTableModel goals;
    private final JTextField goalParent = new JTextField(3);
    private final JComboBox<String> goalKind = new JComboBox<>();
    private final JTextField goalTitle = new JTextField(16);
    private final JTextField goalOwner = new JTextField(8);
    private final JTextField goalDeadline = new JTextField(8);
    private final JTextField goalTarget = new JTextField(8);
    private final DefaultTableModel actions;
    private final JTextField actionTitle = new JTextField(20);
    private final JTextField actionOwner = new JTextField(8);
    private final JTextField actionDeadline = new JTextField(8);
    private final List<String> statusNames = new ArrayList<>();
    private final PartListeners wiring = new PartListeners();
    private final Runnable onChange = this::showDocument;
    private final OpenWorkHandle openWork;
    private DocumentEditor editor;
    private String shownChapter;
    private boolean filling;

    StrategyPart(ViewContext context, ClientWorkspace client, org.osgi.framework.BundleContext bundle) {
        this.context = context;
        this.client = client;
        this.t = Texts.of(StrategyPart.class, context.locale());
        this.f = context.formats();
        this.save = new JButton(t.get("save"));
        this.openWork = new OpenWorkHandle(bundle, () -> t.get("openWork", editor == null ? "" : editor.document().title()),
                () -> {
                    saveDocument();
                    return null;
                });
        for (ActionStatus s : ActionStatus.values()) {
            statusNames.add(t.get("status." + s.name()));
        }
        goals = new DefaultTableModel(new Object[] {t.get("col.id"), t.get("col.parent"), t.get("col.kind"), t.get("col.goal"),
                t.get("col.owner"), t.get("col.deadline"), t.get("col.target"), t.get("col.achieved"), t.get("col.done")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return column >= 7;
            }

            @Override
            public Class<?> getColumnClass(int column) {
                return column == 8 ? Boolean.class : Object.class;
            }

            @Override
            public void setValueAt(Object value, int row, int column) {
                editGoal((String) getValueAt(row, 0), column, value);
            }
        };
        actions = new DefaultTableModel(new Object[] {t.get("col.id"), t.get("col.action"), t.get("col.owner"),
                t.get("col.deadline"), t.get("col.status")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 4;
            }

            @Override
            public void setValueAt(Object value, int row, int column) {
                int i = statusNames.indexOf(String.valueOf(value));
                if (editor != null && i >= 0) {
                    run(() -> editor.setActionStatus((String) getValueAt(row, 0), ActionStatus.values()[i]));
                }
            }
        };
        if (client == null) {
            root.add(new JLabel(t.get("noClient"), JLabel.CENTER), BorderLayout.CENTER);
            return;
        }
        build();
        fillDocuments();
    }

    private void build() {
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel(t.get("document")));
        top.add(documents);
        top.add(save);
        top.add(status);
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        message.setForeground(java.awt.Color.RED.darker());
        north.add(message, BorderLayout.SOUTH);
        root.add(north, BorderLayout.NORTH);

        // chapters: the list, the selected chapter's text (applied as one edit), a chapter of one's own
        chapterList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        chapterText.setLineWrap(true);
        chapterText.setWrapStyleWord(true);
        JButton apply = new JButton(t.get("chapter.apply"));
        wiring.onAction(apply, e -> applyChapterText());
        JPanel textPanel = new JPanel(new BorderLayout());
        textPanel.add(new JScrollPane(chapterText), BorderLayout.CENTER);
        JPanel applyBar = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        applyBar.add(apply);
        textPanel.add(applyBar, BorderLayout.SOUTH);
        for (Horizon h : Horizon.values()) {
            horizon.addItem(t.get("horizon." + h.code()));
        }
        JButton addChapter = new JButton(t.get("chapter.add"));
        wiring.onAction(addChapter, e -> run(() -> {
            String id = editor.addChapter(Horizon.values()[horizon.getSelectedIndex()], chapterTitle.getText());
            chapterTitle.setText("");
            select(id);
        }));
        JPanel chapterForm = new JPanel(new FlowLayout(FlowLayout.LEFT));
        chapterForm.add(horizon);
        chapterForm.add(chapterTitle);
        chapterForm.add(addChapter);
        JPanel listPanel = new JPanel(new BorderLayout());
        listPanel.add(new JScrollPane(chapterList), BorderLayout.CENTER);
        listPanel.add(chapterForm, BorderLayout.SOUTH);
        JSplitPane chapterTab = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, listPanel, textPanel);
        chapterTab.setResizeWeight(0.35);
        ListSelectionListener sel = e -> {
            if (!e.getValueIsAdjusting() && !filling) {
                applyChapterText();
                showChapter();
            }
        };
        chapterList.addListSelectionListener(sel);
        wiring.added(() -> chapterList.removeListSelectionListener(sel));

        for (GoalKind k : GoalKind.values()) {
            goalKind.addItem(t.get("kind." + k.name()));
        }
        JButton addGoal = new JButton(t.get("goal.add"));
        wiring.onAction(addGoal, e -> run(() -> {
            editor.addGoal(goalParent.getText().strip(), GoalKind.values()[goalKind.getSelectedIndex()], goalTitle.getText(),
                    goalOwner.getText().strip(), goalDeadline.getText(), goalTarget.getText());
            for (JTextField x : List.of(goalParent, goalTitle, goalOwner, goalDeadline, goalTarget)) {
                x.setText("");
            }
        }));
        JPanel goalForm = new JPanel(new FlowLayout(FlowLayout.LEFT));
        goalForm.add(new JLabel(t.get("col.parent")));
        goalForm.add(goalParent);
        goalForm.add(goalKind);
        goalForm.add(new JLabel(t.get("col.goal")));
        goalForm.add(goalTitle);
        goalForm.add(new JLabel(t.get("col.owner")));
        goalForm.add(goalOwner);
        goalForm.add(new JLabel(t.get("col.deadline")));
        goalForm.add(goalDeadline);
        goalForm.add(new JLabel(t.get("col.target")));
        goalForm.add(goalTarget);
        goalForm.add(addGoal);
        JPanel goalTab = new JPanel(new BorderLayout());
        goalTab.add(new JScrollPane(new JTable(goals)), BorderLayout.CENTER);
        goalTab.add(goalForm, BorderLayout.SOUTH);

        JTable actionTable = new JTable(actions);
        actionTable.getColumnModel().getColumn(4).setCellEditor(new DefaultCellEditor(
                new JComboBox<>(statusNames.toArray(new String[0]))));
        JButton addAction = new JButton(t.get("action.add"));
        wiring.onAction(addAction, e -> run(() -> {
            editor.addAction(actionTitle.getText(), actionOwner.getText().strip(), actionDeadline.getText());
            for (JTextField x : List.of(actionTitle, actionOwner, actionDeadline)) {
                x.setText("");
            }
        }));
        JPanel actionForm = new JPanel(new FlowLayout(FlowLayout.LEFT));
        actionForm.add(new JLabel(t.get("col.action")));
        actionForm.add(actionTitle);
        actionForm.add(new JLabel(t.get("col.owner")));
        actionForm.add(actionOwner);
        actionForm.add(new JLabel(t.get("col.deadline")));
        actionForm.add(actionDeadline);
        actionForm.add(addAction);
        JPanel actionTab = new JPanel(new BorderLayout());
        actionTab.add(new JScrollPane(actionTable), BorderLayout.CENTER);
        actionTab.add(actionForm, BorderLayout.SOUTH);

        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(t.get("tab.chapters"), chapterTab);
        tabs.addTab(t.get("tab.goals"), goalTab);
        tabs.addTab(t.get("tab.actions"), actionTab);
        root.add(tabs, BorderLayout.CENTER);
        wiring.onAction(documents, e -> {
            if (!filling) {
                open((String) documents.getSelectedItem());
            }
        });
        wiring.onAction(save, e -> saveDocument());
    }

    private interface Edit {
        void run() throws DocumentEditor.Invalid;
    }

    /** Runs an edit; a refused value or a refusal of the module is named in the message line. */
    private void run(Edit edit) {
        if (editor == null) {
            return;
        }
        try {
            edit.run();
            message.setText(" ");
        } catch (DocumentEditor.Invalid e) {
            Object[] args = e.args.clone();
            args[0] = t.get("col." + args[0]);
            message.setText(t.get(e.key, args));
        } catch (RuntimeException e) {
            message.setText(ModuleTexts.message(context.locale(), e));
        }
    }

    /** The client's strategy documents and the one opened, read in the background. */
    private record Loaded(List<String> names, String chosen, StrategyDocument document, String error) {
    }

    /** Lists the client's documents and opens the first, reading off the event thread. */
    private void fillDocuments() {
        load(null, true);
    }

    private void open(String name) {
        if (editor != null && editor.document().name().equals(name)) {
            return;
        }
        load(name, false);
    }

    private void load(String select, boolean list) {
        status.setText(Loading.text(context.locale()));
        loads.start(context, t.get("task.load", select == null ? "" : select), progress -> {
            List<String> names = list ? StrategyStore.names(client) : null;
            String chosen = list ? (names.isEmpty() ? null : names.get(0)) : select;
            if (chosen == null) {
                return new Loaded(names, null, null, null);
            }
            try {
                return new Loaded(names, chosen, StrategyStore.load(client, chosen), null);
            } catch (RuntimeException e) {
                return new Loaded(names, chosen, null, ModuleTexts.message(context.locale(), e));
            }
        }, this::loaded, error -> message.setText(ModuleTexts.message(context.locale(), error)));
    }

    private void loaded(Loaded l) {
        status.setText(" ");
        if (l.names() != null) {
            filling = true;
            try {
                documents.setModel(new DefaultComboBoxModel<>(l.names().toArray(new String[0])));
                if (l.chosen() == null) {
                    message.setText(t.get("noDocument"));
                    save.setEnabled(false);
                    return;
                }
                documents.setSelectedItem(l.chosen());
            } finally {
                filling = false;
            }
        }
        if (l.error() != null) {
            message.setText(l.error());
            return;
        }
        DocumentEditor next = new DocumentEditor(l.document(), context.undo());
        if (editor != null) {
            editor.removeListener(onChange);
        }
        context.undo().discardAllEdits(); // the history belongs to the document it was made on
        editor = next;
        editor.addListener(onChange);
        shownChapter = null;
        message.setText(" ");
        showDocument();
    }

    DocumentEditor editor() {
        return editor;
    }

    private String chapterTitle(Chapter c) {
        String title = c.fixed() ? ModuleTexts.text(context.locale(), "chapter." + c.id(), c.id()) : c.title();
        return t.get("chapter.entry", t.get("horizon." + c.horizon().code()), title);
    }

    private void showDocument() {
        StrategyDocument d = editor.document();
        filling = true;
        try {
            chapters.clear();
            for (Chapter c : d.chapters()) {
                chapters.addElement(new Entry(c.id(), chapterTitle(c)));
            }
            select(shownChapter == null && !d.chapters().isEmpty() ? d.chapters().get(0).id() : shownChapter);
        } finally {
            filling = false;
        }
        showChapter();
        status.setText(t.get("status.line", d.title(), d.period(), d.version(), t.get("doc." + d.status().name())));
        goals.setRowCount(0);
        for (Goal g : d.goals()) {
            goals.addRow(new Object[] {g.id(), g.parent(), t.get("kind." + g.kind().name()), g.title(), g.owner(),
                    g.deadline() == null ? "" : g.deadline().toString(), g.target() == null ? "" : f.amount(g.target(), 2),
                    g.achieved() == null ? "" : f.amount(g.achieved(), 2), g.done()});
        }
        actions.setRowCount(0);
        for (Action a : d.actions()) {
            actions.addRow(new Object[] {a.id(), a.title(), a.owner(), a.deadline() == null ? "" : a.deadline().toString(),
                    statusNames.get(a.status().ordinal())});
        }
        save.setEnabled(editor.dirty());
        openWork.update(editor.dirty());
    }

    private void select(String chapterId) {
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).id().equals(chapterId)) {
                chapterList.setSelectedIndex(i);
                return;
            }
        }
    }

    private void showChapter() {
        Entry e = chapterList.getSelectedValue();
        shownChapter = e == null ? null : e.id();
        chapterText.setText(e == null ? "" : editor.document().chapter(e.id()).text());
        chapterText.setCaretPosition(0);
    }

    /** Applies the text area to the chapter shown, as one undoable edit (nothing when unchanged). */
    void applyChapterText() {
        if (editor == null || shownChapter == null) {
            return;
        }
        String id = shownChapter;
        String text = chapterText.getText();
        if (!editor.document().chapter(id).text().equals(text)) {
            run(() -> editor.setChapterText(id, text));
        }
    }

    /** Types into the chapter shown (tests and drop-in callers). */
    void typeChapterText(String chapterId, String text) {
        select(chapterId);
        chapterText.setText(text);
    }

    void editGoal(String id, int column, Object value) {
        if (column == 7) {
            run(() -> editor.setGoalAchieved(id, String.valueOf(value)));
        } else if (column == 8) {
            run(() -> editor.setGoalDone(id, Boolean.TRUE.equals(value)));
        }
    }

    void goalForm(String parent, GoalKind kind, String title, String owner, String deadline, String target) {
        goalParent.setText(parent);
        goalKind.setSelectedIndex(kind.ordinal());
        goalTitle.setText(title);
        goalOwner.setText(owner);
        goalDeadline.setText(deadline);
        goalTarget.setText(target);
    }

    void clickAddGoal() {
        findButton(root, t.get("goal.add")).doClick();
    }

    private static AbstractButton findButton(java.awt.Container c, String text) {
        for (java.awt.Component x : c.getComponents()) {
            if (x instanceof AbstractButton b && text.equals(b.getText())) {
                return b;
            }
            if (x instanceof java.awt.Container k) {
                AbstractButton b = findButton(k, text);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    void saveDocument() {
        if (editor == null) {
            return;
        }
        applyChapterText();
        if (!editor.dirty()) {
            return;
        }
        editor.save(client);
        context.status(t.get("saved", editor.document().title(), editor.document().version()));
    }

    /**
     * The part closes (the view leaves, the language or client changes) with unsaved edits, the chapter being
     * typed included: they are saved as the next version rather than lost; a refusal is shown, naming the document.
     */
    private void saveOnClose() {
        if (editor == null) {
            return;
        }
        try {
            saveDocument();
        } catch (RuntimeException e) {
            context.showError(editor.document().name(), new IllegalStateException(ModuleTexts.message(context.locale(), e), e));
        }
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void dispose() {
        loads.close();
        saveOnClose();
        wiring.removeAll();
        if (editor != null) {
            editor.removeListener(onChange);
        }
        openWork.close();
    }
}
