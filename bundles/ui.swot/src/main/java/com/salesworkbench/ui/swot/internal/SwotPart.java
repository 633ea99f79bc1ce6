package com.salesworkbench.ui.swot.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.SwotCharts;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotItem;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.swot.TowsStrategy;
import com.salesworkbench.ui.DrawnChartPanel;
import com.salesworkbench.ui.LatestLoad;
import com.salesworkbench.ui.Loading;
import com.salesworkbench.ui.OpenWorkHandle;
import com.salesworkbench.ui.PartWidgets;
import com.salesworkbench.ui.WorkbenchTheme;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.ui.PartListeners;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.ActionListener;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.JFreeChart;

/** One open SWOT view: the quadrants (editable in place, undoable), TOWS strategies and the factor scores. */
final class SwotPart implements ViewPart {

    private final ViewContext context;
    /** The background loads: only the newest one's result is shown. */
    private final LatestLoad loads = new LatestLoad();
    private final ClientWorkspace client;
    private final Texts t;
    private final Formats f;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> boards = new JComboBox<>();
    private final JButton save;
    private final JLabel message = new JLabel(" ");
    private final Map<Quadrant, DefaultTableModel> quadrants = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, JTable> quadrantViews = new EnumMap<>(Quadrant.class);
    private final Map<Quadrant, JTextField> newItems = new EnumMap<>(Quadrant.class);
    private final DefaultTableModel tows;
    private final JTextField towsItems = new JTextField(8);
    private final JTextField towsText = new JTextField(30);
    private final DefaultTableModel scoreTable;
    private final JLabel scoreSummary = new JLabel(" ");
    private final DrawnChartPanel scoreChart = new DrawnChartPanel();
    private final DrawnChartPanel matrixChart = new DrawnChartPanel();
    private final PartListeners wiring = new PartListeners();
    private final Runnable onChange = this::showBoard;
    private final OpenWorkHandle openWork;
    private BoardEditor editor;
    private boolean filling;

    SwotPart(ViewContext context, ClientWorkspace client, org.osgi.framework.BundleContext bundle) {
        this.context = context;
        this.client = client;
        this.t = Texts.of(SwotPart.class, context.locale());
        this.f = context.formats();
        this.save = new JButton(t.get("save"));
        this.openWork = new OpenWorkHandle(bundle, () -> t.get("openWork", editor == null ? "" : editor.board().name()),
                () -> {
                    saveBoard();
                    return null;
                });
        tows = PartWidgets.readOnlyTable(t.get("col.id"), t.get("col.type"), t.get("col.strategy"), t.get("col.items"), t.get("col.actions"));
        scoreTable = PartWidgets.readOnlyTable(t.get("col.id"), t.get("col.quadrant"), t.get("col.text"), t.get("col.weight"),
                t.get("col.rating"), t.get("col.score"));
        if (client == null) {
            root.add(new JLabel(t.get("noClient"), JLabel.CENTER), BorderLayout.CENTER);
            return;
        }
        build();
        fillBoards();
    }

    private void build() {
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel(t.get("board")));
        top.add(boards);
        top.add(save);
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        message.setForeground(java.awt.Color.RED.darker());
        north.add(message, BorderLayout.SOUTH);
        root.add(north, BorderLayout.NORTH);

        JPanel grid = new JPanel(new GridLayout(2, 2, 6, 6));
        for (Quadrant q : Quadrant.values()) {
            grid.add(quadrant(q));
        }
        JPanel towsForm = new JPanel(new FlowLayout(FlowLayout.LEFT));
        towsForm.add(new JLabel(t.get("tows.items")));
        towsForm.add(towsItems);
        towsForm.add(new JLabel(t.get("tows.text")));
        towsForm.add(towsText);
        JButton addTows = new JButton(t.get("tows.add"));
        towsForm.add(addTows);
        wiring.onAction(addTows, e -> addStrategy());
        JPanel towsTab = new JPanel(new BorderLayout());
        towsTab.add(new JScrollPane(new JTable(tows)), BorderLayout.CENTER);
        towsTab.add(towsForm, BorderLayout.SOUTH);

        JPanel charts = new JPanel(new GridLayout(1, 2));
        charts.add(scoreChart);
        charts.add(matrixChart);
        JPanel scoreLeft = new JPanel(new BorderLayout());
        JTable scores = new JTable(scoreTable);
        scores.getColumnModel().getColumn(0).setMaxWidth(50);
        scores.getColumnModel().getColumn(2).setPreferredWidth(360);
        for (int c = 3; c <= 5; c++) {
            scores.getColumnModel().getColumn(c).setMaxWidth(120);
        }
        scoreLeft.add(new JScrollPane(scores), BorderLayout.CENTER);
        scoreSummary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        scoreLeft.add(scoreSummary, BorderLayout.SOUTH);
        JSplitPane scoreTab = new JSplitPane(JSplitPane.VERTICAL_SPLIT, scoreLeft, charts);
        scoreTab.setResizeWeight(0.4);

        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(t.get("tab.board"), grid);
        tabs.addTab(t.get("tab.tows"), towsTab);
        tabs.addTab(t.get("tab.scores"), scoreTab);
        root.add(tabs, BorderLayout.CENTER);
        wiring.onAction(boards, e -> {
            if (!filling) {
                open((String) boards.getSelectedItem());
            }
        });
        wiring.onAction(save, e -> saveBoard());
    }

    /** A quadrant: its items (text, weight and rating edited in place), a field to add one and a remove button. */
    private JComponent quadrant(Quadrant q) {
        DefaultTableModel model = new DefaultTableModel(new Object[] {t.get("col.id"), t.get("col.text"),
                t.get("col.weight"), t.get("col.rating")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return column > 0;
            }

            @Override
            public void setValueAt(Object value, int row, int column) {
                edit((String) getValueAt(row, 0), column, String.valueOf(value));
            }
        };
        quadrants.put(q, model);
        JTable table = new JTable(model);
        quadrantViews.put(q, table);
        table.getColumnModel().getColumn(0).setMaxWidth(50);
        table.getColumnModel().getColumn(1).setPreferredWidth(320);
        table.getColumnModel().getColumn(2).setMaxWidth(80);
        table.getColumnModel().getColumn(3).setMaxWidth(80);
        JTextField text = new JTextField(20);
        newItems.put(q, text);
        JButton add = new JButton(t.get("item.add"));
        JButton remove = new JButton(t.get("item.remove"));
        ActionListener adder = e -> addItem(q);
        text.addActionListener(adder);
        wiring.added(() -> text.removeActionListener(adder));
        wiring.onAction(add, adder);
        wiring.onAction(remove, e -> {
            int row = table.getSelectedRow();
            if (editor != null && row >= 0) {
                editor.removeItem((String) model.getValueAt(row, 0));
            }
        });
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(text, BorderLayout.CENTER);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT, 2, 0));
        buttons.add(add);
        buttons.add(remove);
        bottom.add(buttons, BorderLayout.EAST);
        JPanel body = new JPanel(new BorderLayout());
        body.add(new JScrollPane(table), BorderLayout.CENTER);
        body.add(bottom, BorderLayout.SOUTH);
        return PartWidgets.section(t.get("quadrant." + q.code()), body);
    }

    /** The client's boards and the one opened with its score charts, read and drawn in the background. */
    private record Loaded(List<String> names, String chosen, BoardEditor editor, Scoring scoring, String error) {
    }

    /** The factor scores of a board: the summary line and the two charts. */
    private record Scoring(String summary, JFreeChart factors, JFreeChart matrix) {
    }

    /** Lists the client's boards and opens the one shown (or the first), reading off the event thread. */
    private void fillBoards() {
        load(editor == null ? null : editor.board().name(), true);
    }

    private void open(String name) {
        if (editor != null && editor.board().name().equals(name)) {
            return;
        }
        load(name, false);
    }

    private void load(String select, boolean list) {
        BoardEditor current = editor;
        ChartStyle style = style();
        scoreSummary.setText(Loading.text(context.locale()));
        loads.start(context, t.get("task.load", select == null ? "" : select), progress -> {
            List<String> names = list ? SwotStore.names(client) : null;
            String chosen = !list ? select : names.isEmpty() ? null : select != null && names.contains(select) ? select : names.get(0);
            if (chosen == null || current != null && current.board().name().equals(chosen)) {
                return new Loaded(names, chosen, null, null, null);
            }
            try {
                BoardEditor next = new BoardEditor(SwotStore.load(client, chosen), context.undo());
                return new Loaded(names, chosen, next, scoring(next, style), null);
            } catch (RuntimeException e) {
                return new Loaded(names, chosen, null, null, ModuleTexts.message(context.locale(), e));
            }
        }, this::loaded, error -> message.setText(ModuleTexts.message(context.locale(), error)));
    }

    private void loaded(Loaded l) {
        if (l.names() != null) {
            filling = true;
            try {
                boards.setModel(new DefaultComboBoxModel<>(l.names().toArray(new String[0])));
                if (l.chosen() == null) {
                    scoreSummary.setText(" ");
                    message.setText(t.get("noBoard"));
                    save.setEnabled(false);
                    return;
                }
                boards.setSelectedItem(l.chosen());
            } finally {
                filling = false;
            }
        }
        if (l.error() != null) {
            message.setText(l.error());
            return;
        }
        if (l.editor() == null) {
            if (editor != null) {
                showBoard();
            }
            return;
        }
        if (editor != null) {
            editor.removeListener(onChange);
        }
        context.undo().discardAllEdits(); // the history belongs to the board it was made on
        editor = l.editor();
        editor.addListener(onChange);
        message.setText(" ");
        showBoard(l.scoring());
    }

    BoardEditor editor() {
        return editor;
    }

    /** Commits an edited cell: 1 text, 2 weight, 3 rating; a refused value is named in the message line. */
    void edit(String id, int column, String value) {
        if (editor == null || filling) {
            return;
        }
        try {
            switch (column) {
                case 1 -> editor.setText(id, value);
                case 2 -> editor.setWeight(id, value);
                case 3 -> editor.setRating(id, value);
                default -> {
                    return;
                }
            }
            message.setText(" ");
        } catch (BoardEditor.Invalid e) {
            message.setText(t.get(e.key, e.args));
        } catch (RuntimeException e) {
            message.setText(ModuleTexts.message(context.locale(), e));
        }
    }

    void addItem(Quadrant q) {
        JTextField field = newItems.get(q);
        if (editor == null || field.getText().isBlank()) {
            message.setText(t.get("invalid.text", t.get("quadrant." + q.code())));
            return;
        }
        try {
            editor.addItem(q, field.getText());
            field.setText("");
            message.setText(" ");
        } catch (RuntimeException e) {
            message.setText(ModuleTexts.message(context.locale(), e));
        }
    }

    void addStrategy() {
        if (editor == null) {
            return;
        }
        try {
            editor.addStrategy(towsItems.getText(), towsText.getText());
            towsItems.setText("");
            towsText.setText("");
            message.setText(" ");
        } catch (RuntimeException e) {
            message.setText(ModuleTexts.message(context.locale(), e));
        }
    }

    /** The fields of the TOWS form: item ids and text, for tests and drop-in callers. */
    void towsForm(String items, String text) {
        towsItems.setText(items);
        towsText.setText(text);
    }

    void newItemText(Quadrant q, String text) {
        newItems.get(q).setText(text);
    }

    private void showBoard() {
        showBoard(null);
    }

    /** @param scoring the scores and charts when drawn in the background already, else null */
    private void showBoard(Scoring scoring) {
        filling = true;
        try {
            for (Quadrant q : Quadrant.values()) {
                quadrants.get(q).setRowCount(0);
            }
            scoreTable.setRowCount(0);
            for (SwotItem i : editor.board().items()) {
                String weight = i.weight() == null ? "" : f.amount(i.weight(), 3);
                String rating = i.rating() == 0 ? "" : String.valueOf(i.rating());
                quadrants.get(i.quadrant()).addRow(new Object[] {i.id(), i.text(), weight, rating});
                String score = i.weight() == null || i.rating() == 0 ? Formats.NONE
                        : f.amount(i.weight().multiply(BigDecimal.valueOf(i.rating())), 2);
                scoreTable.addRow(new Object[] {i.id(), t.get("quadrant." + i.quadrant().code()), i.text(),
                        weight.isEmpty() ? Formats.NONE : weight, rating.isEmpty() ? Formats.NONE : rating, score});
            }
        } finally {
            filling = false;
        }
        tows.setRowCount(0);
        for (TowsStrategy s : editor.board().strategies()) {
            tows.addRow(new Object[] {s.id(), s.type().name(), s.text(), String.join(", ", s.items()), String.join(", ", s.actions())});
        }
        Scoring shown = scoring != null ? scoring : scoring(editor, style());
        scoreSummary.setText(shown.summary());
        scoreChart.drawInBackground(context, shown.factors());
        matrixChart.drawInBackground(context, shown.matrix());
        save.setEnabled(editor.dirty());
        openWork.update(editor.dirty());
    }

    /** The board's factor scores and charts; touches no component, so any thread may call it. */
    private Scoring scoring(BoardEditor board, ChartStyle style) {
        List<SwotCharts.Factor> factors = board.factors();
        JFreeChart factorChart = factors.isEmpty() ? null : SwotCharts.factorScores(factors, context.locale(), f, style);
        BoardEditor.Scores scores = board.scores();
        if (!scores.complete()) {
            return new Scoring(ModuleTexts.message(context.locale(), scores.problem()), factorChart, null);
        }
        FactorScores.Position p = FactorScores.position(scores.internal().score(), scores.external().score());
        return new Scoring(t.get("scores.summary", f.amount(p.internal(), 2), f.amount(p.external(), 2), p.cell(),
                t.get("advice." + p.advice())), factorChart, SwotCharts.matrix(p.internal(), p.external(), context.locale(), f, style));
    }

    private ChartStyle style() {
        return WorkbenchTheme.chartStyle();
    }

    void saveBoard() {
        if (editor == null || !editor.dirty()) {
            return;
        }
        editor.save(client);
        context.status(t.get("saved", editor.board().name()));
    }

    /**
     * The part closes (the view leaves, the language or client changes) with unsaved edits: they are saved as the
     * next version rather than lost; a refusal is shown, naming the board.
     */
    private void saveOnClose() {
        if (editor == null || !editor.dirty()) {
            return;
        }
        try {
            saveBoard();
        } catch (RuntimeException e) {
            context.showError(editor.board().name(), new IllegalStateException(ModuleTexts.message(context.locale(), e), e));
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
