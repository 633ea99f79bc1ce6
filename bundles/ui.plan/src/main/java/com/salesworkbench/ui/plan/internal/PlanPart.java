package com.salesworkbench.ui.plan.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.PlanCharts;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.PlanningException;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.ui.DrawnChartPanel;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.ui.Loading;
import com.salesworkbench.ui.WorkbenchTheme;
import com.salesworkbench.workspace.ClientWorkspace;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTable;
import javax.swing.JToggleButton;
import javax.swing.ListSelectionModel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.jfree.chart.JFreeChart;

/** One open plan grid: the plan chooser, units / money, lock, save; the grid and the plan chart below. */
final class PlanPart implements ViewPart {

    /** The client series with a plan's actuals: {@code NAME-actual}, one series per leaf. */
    static final String ACTUAL_SUFFIX = "-actual";

    private final PlanView view;
    private final ViewContext context;
    private final Texts texts;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JLabel state = new JLabel();
    private final JComboBox<String> plans = new JComboBox<>();
    private final JPanel body = new JPanel(new BorderLayout());
    private ClientId client;
    private volatile boolean disposed;
    private java.util.Set<PlanKey> lastLocks = java.util.Set.of();
    private PlanTableModel model;
    private JTable table;
    private DrawnChartPanel chart;
    private DrawnChartPanel vsActual;

    PlanPart(PlanView view, ViewContext context) {
        this.view = view;
        this.context = context;
        this.texts = Texts.of(PlanPart.class, context.locale());
        if (context.client().isEmpty()) {
            root.add(new JLabel(texts.get("noClient"), SwingConstants.CENTER));
            return;
        }
        client = context.client().get();
        root.add(Loading.label(context.locale()));
        ClientWorkspace ws = view.workspace().client(client);
        // the plans are listed off the event thread too: a client folder may hold many documents
        context.run(new BackgroundTask<List<String>>() {
            @Override
            public String title() {
                return texts.get("task.list");
            }

            @Override
            public List<String> compute(Progress progress) {
                List<String> names = new ArrayList<>();
                for (String d : ws.documents()) {
                    if (d.startsWith(SalesPlan.FOLDER)) {
                        names.add(d.substring(SalesPlan.FOLDER.length()));
                    }
                }
                return names;
            }

            @Override
            public void succeeded(List<String> names) {
                if (!disposed) {
                    listed(names);
                }
            }
        });
    }

    private void listed(List<String> names) {
        root.removeAll();
        if (names.isEmpty()) {
            root.add(new JLabel(texts.get("noPlans"), SwingConstants.CENTER));
            root.revalidate();
            return;
        }
        names.forEach(plans::addItem);
        root.add(toolbar(), BorderLayout.NORTH);
        root.add(body, BorderLayout.CENTER);
        root.revalidate();
        plans.addActionListener(e -> show((String) plans.getSelectedItem()));
        show(names.get(0));
    }

    private JComponent toolbar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        bar.add(new JLabel(texts.get("plan")));
        bar.add(plans);
        JToggleButton units = new JToggleButton(texts.get("measure.units"));
        JToggleButton money = new JToggleButton(texts.get("measure.money"), true);
        ButtonGroup g = new ButtonGroup();
        g.add(units);
        g.add(money);
        units.addActionListener(e -> measure(PlanGrid.Measure.UNITS));
        money.addActionListener(e -> measure(PlanGrid.Measure.MONEY));
        bar.add(units);
        bar.add(money);
        JButton lock = new JButton(texts.get("lock"));
        lock.setToolTipText(texts.get("lock.tip"));
        lock.addActionListener(e -> lockSelection(true));
        JButton unlock = new JButton(texts.get("unlock"));
        unlock.addActionListener(e -> lockSelection(false));
        JButton save = new JButton(texts.get("save"));
        save.addActionListener(e -> save());
        bar.add(lock);
        bar.add(unlock);
        bar.add(save);
        bar.add(state);
        return bar;
    }

    /**
     * Shows a plan: its open editor when it has one (unsaved edits kept), else the saved document, read and
     * evaluated in the background (a large plan takes seconds).
     */
    void show(String name) {
        if (name == null) {
            return;
        }
        PlanEditor open = view.openEditor(client, name);
        if (open != null) {
            display(open);
            return;
        }
        ClientWorkspace ws = view.workspace().client(client);
        if (model == null) { // the first plan: say it is coming (a later one keeps the shown plan until it is read)
            body.add(Loading.label(context.locale()), BorderLayout.CENTER);
        }
        ChartStyle style = WorkbenchTheme.chartStyle();
        context.run(new BackgroundTask<Opened>() {
            @Override
            public String title() {
                return texts.get("task.open", name);
            }

            @Override
            public Opened compute(Progress progress) {
                PlanEditor e = new PlanEditor(name, ws.read(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE), actuals(ws, name));
                ws.find(PlanEditor.Locks.FOLDER + name, PlanEditor.Locks.TYPE).ifPresent(e::restoreLocks);
                // the plan evaluated and its two charts drawn here, not on the event thread
                PlanTableModel probe = new PlanTableModel(e, context.locale(), context.formats(), new javax.swing.undo.UndoManager());
                return new Opened(e, chart(probe, style), vsActualChart(probe, style));
            }

            @Override
            public void succeeded(Opened opened) {
                if (!disposed) {
                    PlanEditor kept = view.keep(client, opened.editor());
                    display(kept, kept == opened.editor() ? opened : null);
                }
            }

            @Override
            public boolean failed(Throwable error) {
                body.removeAll();
                body.add(new JLabel(message(error), SwingConstants.CENTER));
                body.revalidate();
                context.showError(SalesPlan.FOLDER + name, error instanceof RuntimeException r ? localized(r) : error);
                return true;
            }
        });
    }

    /** A plan read in the background, with its charts. */
    private record Opened(PlanEditor editor, JFreeChart chart, JFreeChart vsActual) {
    }

    private void display(PlanEditor editor) {
        display(editor, null);
    }

    /** @param opened the charts drawn in the background for this editor, or null to draw them here */
    private void display(PlanEditor editor, Opened opened) {
        String name = editor.name();
        PlanGrid.Measure measure = model == null ? PlanGrid.Measure.MONEY : model.measure();
        model = new PlanTableModel(editor, context.locale(), context.formats(), context.undo());
        lastLocks = editor.locks();
        model.measure(measure);
        model.onChange(this::changed);
        model.onError((where, e) -> context.showError(where, localized(e)));
        table = new JTable(model);
        table.setCellSelectionEnabled(true);
        table.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        table.getTableHeader().setReorderingAllowed(false);
        for (int c = 0; c < model.getColumnCount() && model.column(c) == null; c++) {
            table.getColumnModel().getColumn(c).setPreferredWidth(170); // "Company total" and long names fit
        }
        table.setDefaultRenderer(Object.class, new Renderer());
        table.putClientProperty("terminateEditOnFocusLost", Boolean.TRUE);
        table.getInputMap(JComponent.WHEN_FOCUSED).put(javax.swing.KeyStroke.getKeyStroke("DELETE"), "plan.clear");
        table.getActionMap().put("plan.clear", new javax.swing.AbstractAction() {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                model.clear(selectedLeaves());
            }
        });
        chart = new DrawnChartPanel(opened != null ? opened.chart() : chart());
        chart.setPreferredSize(new java.awt.Dimension(600, 260));
        vsActual = new DrawnChartPanel(opened != null ? opened.vsActual() : vsActualChart());
        JScrollPane scroll = new JScrollPane(table);
        scroll.setColumnHeaderView(table.getTableHeader()); // also when painted without a window
        JComponent charts = chart;
        if (model.editor().hasActuals()) { // plan against actual per manager beside the monthly plan
            JSplitPane both = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, chart, vsActual);
            both.setResizeWeight(0.6);
            charts = both;
        }
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, scroll, charts);
        split.setResizeWeight(0.6);
        body.removeAll();
        body.add(split, BorderLayout.CENTER);
        if (!name.equals(plans.getSelectedItem())) {
            plans.setSelectedItem(name);
        }
        updateState();
        body.revalidate();
        body.repaint();
    }

    /** The actuals of a plan from the client series {@code NAME-actual}, if it exists. */
    static Map<String, Map<PlanPeriod, BigDecimal>> actuals(ClientWorkspace ws, String name) {
        Map<String, Map<PlanPeriod, BigDecimal>> out = new LinkedHashMap<>();
        if (!ws.seriesNames().contains(name + ACTUAL_SUFFIX)) {
            return out;
        }
        for (TimeSeries s : ws.readSeries(name + ACTUAL_SUFFIX)) {
            Map<PlanPeriod, BigDecimal> byPeriod = new LinkedHashMap<>();
            for (int i = 0; i < s.length(); i++) {
                if (!Double.isNaN(s.valueAt(i))) {
                    byPeriod.put(s.periodAt(i), BigDecimal.valueOf(s.valueAt(i)));
                }
            }
            out.put(s.id(), byPeriod);
        }
        return out;
    }

    private JFreeChart chart() {
        return chart(model, WorkbenchTheme.chartStyle());
    }

    private JFreeChart vsActualChart() {
        return vsActualChart(model, WorkbenchTheme.chartStyle());
    }

    /** The plan by period; reads the model only, so it may run off the event thread on a model no table shows. */
    private JFreeChart chart(PlanTableModel m, ChartStyle style) {
        return PlanCharts.byPeriod(texts.get("chart.title", m.editor().name()), m.moneyByFirstMember(),
                m.actualByPeriod(), context.locale(), context.formats(), style);
    }

    private JFreeChart vsActualChart(PlanTableModel m, ChartStyle style) {
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        Map<String, BigDecimal> actual = new LinkedHashMap<>();
        m.planAndActualByFirstMember().forEach((member, pa) -> {
            plan.put(member, pa[0]);
            if (pa[1] != null) {
                actual.put(member, pa[1]);
            }
        });
        return PlanCharts.planVsActual(texts.get("chart.vsActual"), plan, actual, context.locale(), context.formats(), style);
    }

    private void measure(PlanGrid.Measure m) {
        if (model != null) {
            stopEditing();
            model.measure(m);
        }
    }

    private void lockSelection(boolean lock) {
        if (model != null) {
            model.lock(selectedLeaves(), lock);
        }
    }

    private List<PlanKey> selectedLeaves() {
        List<PlanKey> keys = new ArrayList<>();
        for (int r : table.getSelectedRows()) {
            for (int c : table.getSelectedColumns()) {
                PlanKey k = model.leafKey(r, c);
                if (k != null) {
                    keys.add(k);
                }
            }
        }
        return keys;
    }

    void save() {
        if (model == null) {
            return;
        }
        stopEditing();
        try {
            view.save(client, model.editor());
            context.status(texts.get("saved", model.editor().name()));
        } catch (RuntimeException e) {
            context.showError(SalesPlan.FOLDER + model.editor().name(), localized(e));
        }
        updateState();
    }

    private void stopEditing() {
        if (table != null && table.isEditing()) {
            table.getCellEditor().stopCellEditing();
        }
    }

    private void changed() {
        if (!model.editor().locks().equals(lastLocks)) {
            lastLocks = model.editor().locks();
            try {
                view.saveLocks(client, model.editor());
            } catch (RuntimeException e) {
                context.showError(PlanEditor.Locks.FOLDER + model.editor().name(), e);
            }
        }
        view.dirtyChanged(client, model.editor());
        chart.drawInBackground(context, chart());
        vsActual.drawInBackground(context, vsActualChart());
        updateState();
    }

    private void updateState() {
        boolean dirty = model != null && model.editor().dirty();
        state.setText(dirty ? texts.get("state.unsaved") : texts.get("state.saved"));
        state.setForeground(dirty ? ChartStyle.BAD : UIManager.getColor("Label.foreground"));
    }

    /** The user-facing text of an error, in the window's language. */
    String message(Throwable e) {
        if (e instanceof PlanningException p) {
            return p.getLocalizedMessage(context.locale());
        }
        if (e instanceof EditRefused r) {
            return r.text(context.locale());
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private Throwable localized(RuntimeException e) {
        return new IllegalArgumentException(message(e), e);
    }

    PlanTableModel model() {
        return model;
    }

    @Override
    public boolean acceptsFiles(List<Path> files) {
        return client != null && FileImports.readable(files);
    }

    /** Plan grids (CSV, TXT/TSV, XLSX, XLS) through the window's import dialog; the new plan is shown when io made one. */
    @Override
    public void importFiles(List<Path> files) {
        ClientWorkspace ws = view.workspace().client(client);
        FileImports.start(context, ws, files, ImportKind.PLAN, imported -> {
            String name = imported.target();
            if (imported.kind() == ImportKind.PLAN && ws.documents().contains(SalesPlan.FOLDER + name)
                    && root.isAncestorOf(plans)) {
                if (((javax.swing.DefaultComboBoxModel<String>) plans.getModel()).getIndexOf(name) < 0) {
                    plans.addItem(name);
                }
                plans.setSelectedItem(name);
            }
        });
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void dispose() {
        disposed = true;
        stopEditing();
        if (model != null) {
            model.onChange(() -> {
            });
            view.forget(client, model.editor().name());
        }
        for (java.awt.event.ActionListener l : plans.getActionListeners()) {
            plans.removeActionListener(l);
        }
    }

    /** Figures right-aligned, subtotals bold, locked cells shaded, actuals green at or above plan, red below. */
    private final class Renderer extends DefaultTableCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public Component getTableCellRendererComponent(JTable t, Object value, boolean selected, boolean focus,
                int row, int column) {
            super.getTableCellRendererComponent(t, value, selected, focus, row, column);
            PlanTableModel.Row r = model.row(row);
            boolean figure = model.column(column) != null;
            setHorizontalAlignment(figure ? SwingConstants.RIGHT : SwingConstants.LEADING);
            setFont(getFont().deriveFont(r.kind() == PlanTableModel.Kind.LEAF ? Font.PLAIN : Font.BOLD));
            setToolTipText(null);
            setBorder(focus ? getBorder() : BorderFactory.createEmptyBorder(0, 4, 0, 4));
            if (!selected) {
                setForeground(t.getForeground());
                Color bg = t.getBackground();
                if (r.kind() != PlanTableModel.Kind.LEAF) {
                    bg = UIManager.getColor("TableHeader.background") != null ? UIManager.getColor("TableHeader.background") : bg;
                }
                if (model.locked(row, column)) {
                    bg = ChartStyle.translucent(Color.GRAY, 70);
                    setToolTipText(texts.get("locked"));
                }
                setBackground(bg);
            }
            BigDecimal actual = figure ? model.actual(row, column) : null;
            BigDecimal plan = figure ? model.figure(row, column) : null;
            if (actual != null && plan != null) {
                setForeground(actual.compareTo(plan) >= 0 ? ChartStyle.GOOD : ChartStyle.BAD);
                setToolTipText(texts.get("actual.tip", context.formats().amount(actual, 2),
                        context.formats().amount(plan, 2)));
            }
            return this;
        }
    }
}
