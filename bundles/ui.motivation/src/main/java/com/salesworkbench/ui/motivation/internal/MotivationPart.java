package com.salesworkbench.ui.motivation.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.PayCharts;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.RuleSpec;
import com.salesworkbench.motivation.SchemeLinter;
import com.salesworkbench.motivation.Statement;
import com.salesworkbench.ui.DrawnChartPanel;
import com.salesworkbench.ui.LatestLoad;
import com.salesworkbench.ui.OpenWorkHandle;
import com.salesworkbench.ui.PartWidgets;
import com.salesworkbench.ui.WorkbenchTheme;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.ui.PartListeners;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.event.ActionListener;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.awt.event.FocusListener;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;
import javax.swing.UIManager;
import javax.swing.event.ListSelectionListener;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.JFreeChart;

/** One open motivation view: the scheme editor (undoable), its payout curve, and the statements of dropped figures. */
final class MotivationPart implements ViewPart {

    private final ViewContext context;
    /** The background loads: only the newest one's result is shown. */
    private final LatestLoad loads = new LatestLoad();
    private final ClientWorkspace client;
    private final MotivationView.Rules rules;
    private final Texts t;
    private final Formats f;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> schemes = new JComboBox<>();
    private final JButton save;
    private final JLabel message = new JLabel(" ");
    private final JTextField fixed = new JTextField(10);
    private final JTextField targetVariable = new JTextField(10);
    private final JTextField equalPlan = new JTextField(10);
    private final JLabel ote = new JLabel(" ");
    private final DefaultTableModel ruleTable;
    private final JTable ruleView;
    private final JComboBox<String> ruleTypes = new JComboBox<>();
    private final JButton addRule;
    private final JButton removeRule;
    private final DefaultListModel<String> findings = new DefaultListModel<>();
    private final DrawnChartPanel curve = new DrawnChartPanel();
    private final JComboBox<PlanPeriod> months = new JComboBox<>();
    private final DefaultTableModel reps;
    private final JTable repView;
    private final DefaultTableModel lines;
    private final DrawnChartPanel payChart = new DrawnChartPanel();
    private final PartListeners wiring = new PartListeners();
    private final Runnable onChange = this::showScheme;
    private final OpenWorkHandle openWork;
    private SchemeEditor editor;
    private Statements statements;
    private List<Statements.Row> rows = List.of();
    private boolean filling;

    MotivationPart(ViewContext context, ClientWorkspace client, MotivationView.Rules rules,
                   org.osgi.framework.BundleContext bundle) {
        this.context = context;
        this.client = client;
        this.rules = rules;
        this.t = Texts.of(MotivationPart.class, context.locale());
        this.f = context.formats();
        this.save = new JButton(t.get("save"));
        this.addRule = new JButton(t.get("rule.add"));
        this.removeRule = new JButton(t.get("rule.remove"));
        this.openWork = new OpenWorkHandle(bundle,
                () -> t.get("openWork", editor == null ? "" : editor.scheme().name()),
                () -> {
                    saveScheme();
                    return null;
                });
        ruleTable = new DefaultTableModel(new Object[] {t.get("col.rule"), t.get("col.type"), t.get("col.parameters")}, 0) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean isCellEditable(int row, int column) {
                return column == 2;
            }

            @Override
            public void setValueAt(Object value, int row, int column) {
                editParameters(row, String.valueOf(value));
            }
        };
        ruleView = new JTable(ruleTable);
        reps = PartWidgets.readOnlyTable(t.get("col.rep"), t.get("col.plan"), t.get("col.actual"), t.get("col.attainment"), t.get("col.fixed"),
                t.get("col.variable"), t.get("col.total"), t.get("col.problems"));
        repView = new JTable(reps);
        repView.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        lines = PartWidgets.readOnlyTable(t.get("col.rule"), t.get("col.formula"), t.get("col.amount"));
        if (client == null) {
            root.add(new JLabel(t.get("noClient"), JLabel.CENTER), BorderLayout.CENTER);
            return;
        }
        build();
        fillSchemes(null);
    }

    private void build() {
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel(t.get("scheme")));
        top.add(schemes);
        top.add(save);
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        message.setForeground(java.awt.Color.RED.darker());
        north.add(message, BorderLayout.SOUTH);
        root.add(north, BorderLayout.NORTH);

        JPanel form = new JPanel(new GridLayout(0, 2, 6, 4));
        form.add(new JLabel(t.get("field.fixed")));
        form.add(fixed);
        form.add(new JLabel(t.get("field.targetVariable")));
        form.add(targetVariable);
        form.add(new JLabel(t.get("field.equalPlan")));
        form.add(equalPlan);
        form.add(new JLabel(t.get("field.ote")));
        form.add(ote);
        JPanel ruleButtons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        ruleButtons.add(ruleTypes);
        ruleButtons.add(addRule);
        ruleButtons.add(removeRule);
        JPanel rulesPanel = new JPanel(new BorderLayout());
        rulesPanel.add(new JScrollPane(ruleView), BorderLayout.CENTER);
        rulesPanel.add(ruleButtons, BorderLayout.SOUTH);
        JScrollPane findingPane = new JScrollPane(new JList<>(findings));
        JPanel left = new JPanel(new BorderLayout());
        left.add(PartWidgets.section(t.get("pay.title"), form), BorderLayout.NORTH);
        left.add(PartWidgets.section(t.get("rules.title"), rulesPanel), BorderLayout.CENTER);
        left.add(PartWidgets.section(t.get("findings.title"), findingPane), BorderLayout.SOUTH);
        curve.setPreferredSize(new java.awt.Dimension(560, 400));
        left.setPreferredSize(new java.awt.Dimension(560, 400));
        JSplitPane schemeTab = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, curve);
        PartWidgets.proportional(schemeTab, 0.55);

        JPanel monthBar = new JPanel(new FlowLayout(FlowLayout.LEFT));
        monthBar.add(new JLabel(t.get("month")));
        monthBar.add(months);
        JSplitPane tables = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(repView), new JScrollPane(new JTable(lines)));
        tables.setResizeWeight(0.5);
        payChart.setPreferredSize(new java.awt.Dimension(480, 400));
        JSplitPane body = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tables, payChart);
        PartWidgets.proportional(body, 0.55);
        JPanel statementTab = new JPanel(new BorderLayout());
        statementTab.add(monthBar, BorderLayout.NORTH);
        statementTab.add(body, BorderLayout.CENTER);

        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(t.get("tab.scheme"), schemeTab);
        tabs.addTab(t.get("tab.statements"), statementTab);
        root.add(tabs, BorderLayout.CENTER);

        wiring.onAction(schemes, e -> {
            if (!filling) {
                open((String) schemes.getSelectedItem());
            }
        });
        wiring.onAction(save, e -> saveScheme());
        wiring.onAction(addRule, e -> {
            if (editor != null && ruleTypes.getSelectedItem() != null) {
                editor.addRule((String) ruleTypes.getSelectedItem());
            }
        });
        wiring.onAction(removeRule, e -> {
            int row = ruleView.getSelectedRow();
            if (editor != null && row >= 0) {
                editor.removeRule(editor.scheme().rules().get(row).id());
            }
        });
        wiring.onAction(months, e -> {
            if (!filling) {
                showStatements();
            }
        });
        field(fixed, editor -> editor.setFixed(fixed.getText()));
        field(targetVariable, editor -> editor.setTargetVariable(targetVariable.getText()));
        field(equalPlan, editor -> editor.setEqualPlan(equalPlan.getText()));
        ListSelectionListener l = e -> showLines();
        repView.getSelectionModel().addListSelectionListener(l);
        wiring.added(() -> repView.getSelectionModel().removeListSelectionListener(l));
    }

    private interface FieldEdit {
        void apply(SchemeEditor editor) throws SchemeEditor.Invalid;
    }

    /** A form field commits on Enter and when it loses focus; a refused value is named in the message line. */
    private void field(JTextField field, FieldEdit edit) {
        ActionListener a = e -> commit(edit);
        FocusListener fl = new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                commit(edit);
            }
        };
        field.addActionListener(a);
        field.addFocusListener(fl);
        wiring.added(() -> {
            field.removeActionListener(a);
            field.removeFocusListener(fl);
        });
    }

    private void commit(FieldEdit edit) {
        if (editor == null || filling) {
            return;
        }
        try {
            edit.apply(editor);
            message.setText(" ");
        } catch (SchemeEditor.Invalid e) {
            message.setText(invalid(e));
        } catch (RuntimeException e) {
            message.setText(ModuleTexts.message(context.locale(), e));
        }
    }

    String invalid(SchemeEditor.Invalid e) {
        Object[] args = e.args.clone();
        String fieldKey = "field." + e.field;
        String label = t.get(fieldKey);
        if (!label.startsWith("!")) {
            args[0] = label.replaceAll(":$", "");
        }
        return t.get(e.key, args);
    }

    /** Commits the text typed into a rule's parameters cell. */
    void editParameters(int row, String json) {
        if (editor == null) {
            return;
        }
        try {
            editor.setParameters(editor.scheme().rules().get(row).id(), json);
            message.setText(" ");
        } catch (SchemeEditor.Invalid e) {
            message.setText(invalid(e));
        } catch (RuntimeException e) {
            message.setText(ModuleTexts.message(context.locale(), e));
        }
    }

    /** The schemes found and the one to edit, read with its findings and payout curve in the background. */
    private record Loaded(List<String> names, String chosen, SchemeEditor editor, Figures figures, String error) {
    }

    /** What the scheme tab shows beside the form: the linter's findings and the payout curve. */
    private record Figures(List<String> findings, JFreeChart curve) {
    }

    /** Lists the client's schemes and opens {@code select} (or the first), reading off the event thread. */
    private void fillSchemes(String select) {
        load(select, true);
    }

    private void open(String name) {
        if (editor != null && editor.scheme().name().equals(name)) {
            return;
        }
        load(name, false);
    }

    private void load(String select, boolean list) {
        SchemeEditor current = editor;
        PayEngine engine = rules.engine();
        ChartStyle style = style();
        loads.start(context, t.get("task.load", select == null ? "" : select), progress -> {
            List<String> names = null;
            String chosen = select;
            if (list) {
                names = new ArrayList<>();
                for (String doc : client.documents()) {
                    if (doc.startsWith(PaySchemes.FOLDER) && doc.indexOf('/', PaySchemes.FOLDER.length()) < 0) {
                        names.add(doc.substring(PaySchemes.FOLDER.length()));
                    }
                }
                if (current != null && !names.contains(current.scheme().name())) {
                    names.add(current.scheme().name()); // a scheme from a dropped file, not saved yet
                }
                chosen = names.isEmpty() ? null : select != null && names.contains(select) ? select : names.get(0);
            }
            if (chosen == null || current != null && current.scheme().name().equals(chosen)) {
                return new Loaded(names, chosen, null, null, null);
            }
            try {
                PayScheme s = client.read(PaySchemes.path(chosen), PaySchemes.SCHEME);
                SchemeEditor next = new SchemeEditor(s, true, context.undo());
                return new Loaded(names, chosen, next, figures(next, engine, style), null);
            } catch (RuntimeException e) {
                return new Loaded(names, chosen, null, null, ModuleTexts.message(context.locale(), e));
            }
        }, this::loaded, error -> message.setText(ModuleTexts.message(context.locale(), error)));
    }

    private void loaded(Loaded l) {
        if (l.names() != null) {
            filling = true;
            try {
                schemes.setModel(new DefaultComboBoxModel<>(l.names().toArray(new String[0])));
                ruleTypes.setModel(new DefaultComboBoxModel<>(rules.types().toArray(new String[0])));
                if (l.chosen() == null) {
                    message.setText(t.get("noScheme"));
                    save.setEnabled(false);
                    return;
                }
                schemes.setSelectedItem(l.chosen());
            } finally {
                filling = false;
            }
        }
        if (l.error() != null) {
            message.setText(l.error());
        } else if (l.editor() != null) {
            edit(l.editor(), l.figures());
        }
    }

    private void edit(SchemeEditor next) {
        edit(next, null);
    }

    private void edit(SchemeEditor next, Figures figures) {
        if (editor != null) {
            editor.removeListener(onChange);
            if (editor.dirty()) {
                context.status(t.get("discarded", editor.scheme().name()));
            }
        }
        context.undo().discardAllEdits(); // the history belongs to the scheme it was made on
        editor = next;
        editor.addListener(onChange);
        message.setText(" ");
        showScheme(figures);
    }

    SchemeEditor editor() {
        return editor;
    }

    private void showScheme() {
        showScheme(null);
    }

    /**
     * Shows the scheme as it stands: form, rules, findings, curve, statements; and whether work is open.
     *
     * @param figures the findings and curve when worked out in the background already, else null
     */
    private void showScheme(Figures figures) {
        PayScheme s = editor.scheme();
        filling = true;
        try {
            fixed.setText(s.fixed().toPlainString());
            targetVariable.setText(s.targetVariable().toPlainString());
            equalPlan.setText(s.equalPlan() == null ? "" : s.equalPlan().toPlainString());
        } finally {
            filling = false;
        }
        ote.setText(t.get("ote", f.amount(s.ote(), 2), s.currency(), f.percent(s.fixedShare())));
        ruleTable.setRowCount(0);
        for (RuleSpec r : s.rules()) {
            ruleTable.addRow(new Object[] {r.id(), title(r.type()), json(r.parameters())});
        }
        Figures shown = figures != null ? figures : figures(editor, rules.engine(), style());
        findings.clear();
        shown.findings().forEach(findings::addElement);
        curve.drawInBackground(context, shown.curve());
        save.setEnabled(editor.dirty());
        openWork.update(editor.dirty());
        showStatements();
    }

    /** The linter's findings and the payout curve of a scheme; touches no component, so any thread may call it. */
    private Figures figures(SchemeEditor ed, PayEngine engine, ChartStyle style) {
        PayScheme s = ed.scheme();
        List<String> found = new ArrayList<>();
        try {
            for (SchemeLinter.Finding x : ed.findings(engine)) {
                found.add(ModuleTexts.message(context.locale(), x));
            }
            if (found.isEmpty()) {
                found.add(t.get("findings.none"));
            }
            List<PayCharts.Point> points = ed.curve(engine);
            Map<String, List<PayCharts.Point>> curves = new LinkedHashMap<>();
            curves.put(t.get("curve.series", s.name(), s.revision()), points);
            return new Figures(found, points.isEmpty() ? null
                    : PayCharts.payoutCurve(curves, Optional.of(BigDecimal.ONE), s.currency(), context.locale(), f, style));
        } catch (RuntimeException e) {
            found.add(ModuleTexts.message(context.locale(), e));
            return new Figures(found, null);
        }
    }

    private String title(String type) {
        PayRule r = rules.rule(type);
        return r == null ? t.get("rule.missing", type) : r.title(context.locale());
    }

    private static String json(Map<String, Object> parameters) {
        try {
            return Json.mapper().writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(new java.util.TreeMap<>(parameters));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return parameters.toString();
        }
    }

    private ChartStyle style() {
        return WorkbenchTheme.chartStyle();
    }

    /** Saves through the module's document type as the next revision; an error keeps the edits. */
    void saveScheme() {
        if (editor == null || !editor.dirty()) {
            return;
        }
        PayScheme s = editor.save(client);
        context.status(t.get("saved", s.name(), s.revision()));
        fillSchemes(s.name());
    }

    // ----------------------------------------------------------------------------------------- statements

    private void showStatements() {
        reps.setRowCount(0);
        lines.setRowCount(0);
        payChart.setChart(null);
        if (statements == null || editor == null) {
            return;
        }
        PlanPeriod period = (PlanPeriod) months.getSelectedItem();
        if (period == null) {
            return;
        }
        PayScheme s = editor.scheme();
        rows = statements.evaluate(rules.engine(), s, period);
        List<PayCharts.RepPay> pay = new ArrayList<>();
        for (Statements.Row r : rows) {
            if (r.statement() == null) {
                reps.addRow(new Object[] {r.rep(), "", "", "", "", "", "", ModuleTexts.message(context.locale(), r.failure())});
                continue;
            }
            Statement st = r.statement();
            int digits = st.total().currency().getDefaultFractionDigits();
            BigDecimal fixedPart = st.total().amount().subtract(st.variable().amount());
            // the plan the scheme used: the equal plan when set, else the rep's own
            BigDecimal plan = s.equalPlan() != null ? s.equalPlan() : r.figures().get("plan");
            BigDecimal actual = r.figures().get("actual");
            BigDecimal attainment = input(st, "attainment");
            if (attainment == null && plan != null && actual != null && plan.signum() != 0) {
                attainment = actual.divide(plan, 4, java.math.RoundingMode.HALF_EVEN);
            }
            reps.addRow(new Object[] {r.rep(), plan == null ? Formats.NONE : f.amount(plan, digits),
                    actual == null ? Formats.NONE : f.amount(actual, digits),
                    attainment == null ? Formats.NONE : f.percent(attainment),
                    f.amount(fixedPart, digits), f.money(st.variable()), f.money(st.total()),
                    String.join("; ", st.problems().stream().map(p -> ModuleTexts.message(context.locale(), p)).toList())});
            pay.add(new PayCharts.RepPay(r.rep(), fixedPart, st.variable().amount()));
        }
        payChart.drawInBackground(context, PayCharts.statements(pay, s.currency(), context.locale(), f, style()));
        if (!rows.isEmpty()) {
            repView.setRowSelectionInterval(0, 0);
        }
        showLines();
    }

    private static BigDecimal input(Statement st, String name) {
        for (PayLine l : st.lines()) {
            BigDecimal v = l.inputs().get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** The lines of the selected rep's statement: each rule's formula in the window's language and its amount. */
    private void showLines() {
        lines.setRowCount(0);
        int row = repView.getSelectedRow();
        if (row < 0 || row >= rows.size() || rows.get(row).statement() == null) {
            return;
        }
        Statement st = rows.get(row).statement();
        for (PayLine l : st.lines()) {
            String formula = l.formula();
            if (!l.ruleId().equals(PayEngine.FIXED)) {
                try {
                    PayRule rule = rules.rule(editor.scheme().rule(l.ruleId()).type());
                    formula = rule == null ? formula : rule.formula(l, context.locale());
                } catch (RuntimeException e) {
                    // the rule left the scheme since: its English formula stays
                }
            } else {
                formula = t.get("line.fixed");
            }
            lines.addRow(new Object[] {l.ruleId(), formula, f.money(l.amount())});
        }
        lines.addRow(new Object[] {t.get("line.total", st.person(), st.period().toString()),
                t.get("line.revision", st.scheme(), st.revision()), f.money(st.total())});
    }

    // ----------------------------------------------------------------------------------------- files

    @Override
    public boolean acceptsFiles(List<Path> files) {
        return client != null && !files.isEmpty() && files.stream().allMatch(p -> {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            return n.endsWith(".csv") || n.endsWith(".json");
        });
    }

    /**
     * A figures CSV ({@code person,team,date,metric,value}) fills the statements; a scheme JSON opens in the
     * editor unsaved. A refused file changes nothing and is reported with its line.
     */
    @Override
    public void importFiles(List<Path> files) {
        for (Path file : files) {
            try {
                if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                    PayScheme s = Json.mapper().readValue(Files.readString(file, StandardCharsets.UTF_8), PayScheme.class);
                    PaySchemes.path(s.name()); // a name the workspace accepts, before anything changes
                    edit(new SchemeEditor(s, false, context.undo()));
                    fillSchemes(s.name());
                    context.status(t.get("scheme.opened", s.name(), file.getFileName()));
                } else {
                    Statements read;
                    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                        read = Statements.read(in);
                    }
                    statements = read;
                    filling = true;
                    try {
                        months.setModel(new DefaultComboBoxModel<>(read.periods().toArray(new PlanPeriod[0])));
                    } finally {
                        filling = false;
                    }
                    showStatements();
                    context.status(t.get("figures.read", file.getFileName(), read.periods().size()));
                }
            } catch (Exception e) {
                context.showError(file.toString(), new IllegalArgumentException(ModuleTexts.message(context.locale(), e), e));
            }
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

    /**
     * The part closes (the view leaves, the language or client changes) with unsaved edits: they are saved as the
     * next revision rather than lost; a refusal is shown, naming the scheme.
     */
    private void saveOnClose() {
        if (editor == null || !editor.dirty()) {
            return;
        }
        try {
            PayScheme s = editor.save(client);
            context.status(t.get("saved", s.name(), s.revision()));
        } catch (RuntimeException e) {
            context.showError(PaySchemes.FOLDER + editor.scheme().name(),
                    new IllegalStateException(ModuleTexts.message(context.locale(), e), e));
        }
    }
}
