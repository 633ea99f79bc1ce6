package com.salesworkbench.ui.funnel.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.FunnelCharts;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.funnel.ReverseFunnel;
import com.salesworkbench.funnel.RiskSimulation;
import com.salesworkbench.funnel.StageFunnel;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.ui.DrawnChartPanel;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.ui.LatestLoad;
import com.salesworkbench.ui.Loading;
import com.salesworkbench.ui.PartListeners;
import com.salesworkbench.ui.PartWidgets;
import com.salesworkbench.ui.WorkbenchTheme;
import com.salesworkbench.workspace.ClientWorkspace;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.JFreeChart;

/** One open funnel view: pipeline choice, the three tabs, the simulation task and the CSV drop. */
final class FunnelPart implements ViewPart {

    static final int RUNS = 10_000;
    static final int PARTS = 20;
    static final long SEED = 1;

    private final ViewContext context;
    /** The background loads: only the newest one's result is shown. */
    private final LatestLoad loads = new LatestLoad();
    private final ClientWorkspace client;
    private final Texts t;
    private final Formats f;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<String> pipelines = new JComboBox<>();
    private final JTextField plan = new JTextField(12);
    private final JButton simulate;
    private final JLabel message = new JLabel(" ");
    private final DefaultTableModel stages;
    private final DrawnChartPanel funnelChart = new DrawnChartPanel();
    private final JTextField target = new JTextField(12);
    private final JTextField deal = new JTextField(10);
    private final JTextField month = new JTextField(7);
    private final JTextField reps = new JTextField("1", 3);
    private final DefaultTableModel needs;
    private final DrawnChartPanel reverseChart = new DrawnChartPanel();
    private final DrawnChartPanel rangeChart = new DrawnChartPanel();
    private final JLabel rangeSummary = new JLabel(" ");
    private final JLabel funnelSummary = new JLabel(" ");
    private final PartListeners wiring = new PartListeners();
    private FunnelModel model;
    private boolean filling;

    FunnelPart(ViewContext context, ClientWorkspace client) {
        this.context = context;
        this.client = client;
        this.t = Texts.of(FunnelPart.class, context.locale());
        this.f = context.formats();
        this.simulate = new JButton(t.get("simulate.button"));
        stages = PartWidgets.readOnlyTable(t.get("col.stage"), t.get("col.reached"), t.get("col.current"), t.get("col.conversion"),
                t.get("col.days"));
        needs = PartWidgets.readOnlyTable(t.get("col.stage"), t.get("col.month"), t.get("col.required"), t.get("col.perRep"));
        if (client == null) {
            root.add(new JLabel(t.get("noClient"), JLabel.CENTER), BorderLayout.CENTER);
            return;
        }
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEFT));
        top.add(new JLabel(t.get("pipeline")));
        top.add(pipelines);
        top.add(new JLabel(t.get("plan")));
        top.add(plan);
        top.add(simulate);
        JPanel north = new JPanel(new BorderLayout());
        north.add(top, BorderLayout.NORTH);
        message.setForeground(UIManager.getColor("Component.error.focusedBorderColor") != null
                ? UIManager.getColor("Component.error.focusedBorderColor") : java.awt.Color.RED.darker());
        north.add(message, BorderLayout.SOUTH);
        root.add(north, BorderLayout.NORTH);

        JTabbedPane tabs = new JTabbedPane();
        JPanel stageTable = new JPanel(new BorderLayout());
        stageTable.add(new JScrollPane(new JTable(stages)), BorderLayout.CENTER);
        funnelSummary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        stageTable.add(funnelSummary, BorderLayout.SOUTH);
        tabs.addTab(t.get("tab.funnel"), split(stageTable, funnelChart));
        JPanel form = new JPanel(new FlowLayout(FlowLayout.LEFT));
        form.add(new JLabel(t.get("reverse.target")));
        form.add(target);
        form.add(new JLabel(t.get("reverse.month")));
        form.add(month);
        form.add(new JLabel(t.get("reverse.deal")));
        form.add(deal);
        form.add(new JLabel(t.get("reverse.reps")));
        form.add(reps);
        JPanel reverse = new JPanel(new BorderLayout());
        reverse.add(form, BorderLayout.NORTH);
        reverse.add(split(new JScrollPane(new JTable(needs)), reverseChart), BorderLayout.CENTER);
        tabs.addTab(t.get("tab.reverse"), reverse);
        JPanel range = new JPanel(new BorderLayout());
        range.add(rangeChart, BorderLayout.CENTER);
        rangeSummary.setBorder(BorderFactory.createEmptyBorder(4, 8, 4, 8));
        range.add(rangeSummary, BorderLayout.SOUTH);
        tabs.addTab(t.get("tab.range"), range);
        root.add(tabs, BorderLayout.CENTER);

        wiring.onAction(pipelines, e -> {
            if (!filling) {
                load((String) pipelines.getSelectedItem());
            }
        });
        wiring.onAction(simulate, e -> simulate());
        for (JTextField field : List.of(target, deal, month, reps)) {
            DocumentListener l = new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    reverse();
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    reverse();
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    reverse();
                }
            };
            field.getDocument().addDocumentListener(l);
            wiring.added(() -> field.getDocument().removeDocumentListener(l));
        }
        fillPipelines(null);
    }

    private static JComponent split(JComponent left, JComponent right) {
        JSplitPane s = PartWidgets.proportional(new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, left, right), 0.45);
        left.setMinimumSize(new java.awt.Dimension(200, 100));
        right.setPreferredSize(new java.awt.Dimension(520, 400));
        return s;
    }

    private ChartStyle style() {
        return WorkbenchTheme.chartStyle();
    }

    /** A pipeline read and evaluated: the chooser's names, the funnel, its chart and the first reverse funnel. */
    private record Loaded(List<String> names, String chosen, FunnelModel model, StageFunnel.Report report,
                          JFreeChart funnel, Form form, Reverse reverse, String error) {
    }

    /** The reverse funnel form as text, the way the fields show it. */
    private record Form(String target, String deal, String month, String reps) {
    }

    /** A reverse funnel worked out from the form: its rows and chart, or the message naming the wrong field. */
    private record Reverse(List<Object[]> rows, JFreeChart chart, String message) {
    }

    /**
     * Lists the client's pipelines and opens {@code select} (or the first) in the background: reading the
     * pipeline, its funnel statistics and the charts stay off the event thread.
     */
    private void fillPipelines(String select) {
        load(select, true);
    }

    private void load(String name) {
        load(name, false);
    }

    private void load(String name, boolean list) {
        ChartStyle style = style();
        String reps = this.reps.getText();
        funnelSummary.setText(Loading.text(context.locale()));
        loads.start(context, t.get("task.load", name == null ? "" : name), progress -> {
            List<String> names = list ? PipelineStore.names(client) : null;
            String chosen = !list ? name : names.isEmpty() ? null : name != null && names.contains(name) ? name : names.get(0);
            if (chosen == null) {
                return new Loaded(names, null, null, null, null, null, null, null);
            }
            FunnelModel m;
            try {
                m = new FunnelModel(PipelineStore.find(client, chosen).orElseThrow());
            } catch (RuntimeException e) {
                return new Loaded(names, chosen, null, null, null, null, null, ModuleTexts.message(context.locale(), e));
            }
            StageFunnel.Report r = m.report();
            JFreeChart funnel = FunnelCharts.funnel(m.funnelBars(), context.locale(), f, style);
            int digits = m.digits();
            Form form = new Form(f.amount(m.weighted(), digits), f.amount(m.averageDeal(), digits), m.nextMonth().toString(), reps);
            return new Loaded(names, chosen, m, r, funnel, form, reverseOf(m, form, style), null);
        }, this::loaded, error -> message.setText(ModuleTexts.message(context.locale(), error)));
    }

    private void loaded(Loaded l) {
        funnelSummary.setText(" ");
        if (l.names() != null) {
            filling = true;
            try {
                pipelines.setModel(new DefaultComboBoxModel<>(l.names().toArray(new String[0])));
                if (l.chosen() != null) {
                    pipelines.setSelectedItem(l.chosen());
                }
            } finally {
                filling = false;
            }
        }
        if (l.chosen() == null) {
            model = null;
            message.setText(t.get("noPipeline"));
            simulate.setEnabled(false);
            return;
        }
        if (l.model() == null) {
            model = null;
            message.setText(l.error());
            simulate.setEnabled(false);
            return;
        }
        model = l.model();
        message.setText(" ");
        simulate.setEnabled(!model.pipeline().open().isEmpty());
        StageFunnel.Report r = l.report();
        stages.setRowCount(0);
        for (StageFunnel.StageStats s : r.stages()) {
            stages.addRow(new Object[] {s.stage(), f.count(s.reached()), f.count(s.current()), f.percent(s.conversion()),
                    f.amount(s.averageDays(), 1)});
        }
        stages.addRow(new Object[] {t.get("row.won"), f.count(r.won()), "", "", ""});
        funnelSummary.setText(t.get("funnel.summary", f.count(r.won()), f.count(r.lost()), f.count(r.open()),
                f.percent(r.winRate()), f.percent(r.overallConversion())));
        funnelChart.drawInBackground(context, l.funnel());
        plan.setText(l.form().target());
        rangeChart.setChart(null);
        rangeSummary.setText(t.get("range.notYet"));
        filling = true;
        try {
            target.setText(l.form().target());
            deal.setText(l.form().deal());
            month.setText(l.form().month());
        } finally {
            filling = false;
        }
        show(l.reverse());
    }

    /** Recomputes the reverse funnel from the form, or says which field is wrong. */
    void reverse() {
        if (filling || model == null) {
            return;
        }
        show(reverseOf(model, new Form(target.getText(), deal.getText(), month.getText(), reps.getText()), style()));
    }

    private void show(Reverse r) {
        needs.setRowCount(0);
        r.rows().forEach(needs::addRow);
        reverseChart.drawInBackground(context, r.chart());
        message.setText(r.message());
    }

    /** The reverse funnel of a form; a plain function of its inputs, so it may run on any thread. */
    private Reverse reverseOf(FunnelModel model, Form form, ChartStyle style) {
        Optional<FunnelModel.Invalid> invalid = model.checkSteps();
        if (invalid.isPresent()) {
            return new Reverse(List.of(), null, t.get(invalid.get().key(), invalid.get().args()));
        }
        BigDecimal tgt;
        BigDecimal avg;
        try {
            tgt = PipelineCsv.decimal(form.target().strip());
        } catch (NumberFormatException e) {
            return new Reverse(List.of(), null, t.get("error.number", t.get("reverse.target"), form.target()));
        }
        try {
            avg = PipelineCsv.decimal(form.deal().strip());
        } catch (NumberFormatException e) {
            return new Reverse(List.of(), null, t.get("error.number", t.get("reverse.deal"), form.deal()));
        }
        YearMonth m;
        try {
            m = YearMonth.parse(form.month().strip());
        } catch (DateTimeParseException e) {
            return new Reverse(List.of(), null, t.get("error.month", t.get("reverse.month"), form.month()));
        }
        int n;
        try {
            n = Integer.parseInt(form.reps().strip());
        } catch (NumberFormatException e) {
            return new Reverse(List.of(), null, t.get("error.whole", t.get("reverse.reps"), form.reps()));
        }
        try {
            ReverseFunnel.Plan p = model.reverse(m, tgt, avg, n);
            List<Object[]> rows = new ArrayList<>();
            for (ReverseFunnel.Need need : p.needs()) {
                rows.add(new Object[] {label(need.stage()), need.month().toString(), f.count(need.required()),
                        f.amount(need.perRep(), 1)});
            }
            List<FunnelCharts.StageBar> bars = model.reverseBars(p).stream()
                    .map(b -> new FunnelCharts.StageBar(label(b.stage()), b.count(), b.conversion())).toList();
            return new Reverse(rows, FunnelCharts.reverse(bars, context.locale(), f, style), " ");
        } catch (RuntimeException e) {
            return new Reverse(List.of(), null, ModuleTexts.message(context.locale(), e));
        }
    }

    private String label(String stage) {
        return ReverseFunnel.DEALS.equals(stage) ? t.get("row.deals") : stage;
    }

    private BigDecimal decimal(JTextField field, String labelKey) {
        try {
            return PipelineCsv.decimal(field.getText().strip());
        } catch (NumberFormatException e) {
            message.setText(t.get("error.number", t.get(labelKey), field.getText()));
            return null;
        }
    }

    /** Runs the simulation off the event thread with progress and cancel; the chart follows on success. */
    void simulate() {
        if (model == null) {
            return;
        }
        BigDecimal planValue = decimal(plan, "plan");
        if (planValue == null) {
            return;
        }
        FunnelModel m = model;
        simulate.setEnabled(false);
        context.run(new BackgroundTask<Optional<RiskSimulation.Range>>() {
            @Override
            public String title() {
                return t.get("simulate.task", m.pipeline().name(), f.count(RUNS));
            }

            @Override
            public Optional<RiskSimulation.Range> compute(Progress progress) {
                progress.worked(0, PARTS);
                return m.simulate(planValue, RUNS, SEED, PARTS, done -> {
                    progress.worked(done, PARTS);
                    return !progress.cancelled();
                });
            }

            @Override
            public void succeeded(Optional<RiskSimulation.Range> result) {
                simulate.setEnabled(true);
                if (result.isEmpty() || m != model) {
                    return;
                }
                RiskSimulation.Range r = result.get();
                int digits = m.digits();
                rangeChart.drawInBackground(context, FunnelCharts.range(m.chartRange(r), context.locale(), f, style()));
                rangeSummary.setText(t.get("range.summary", f.amount(FunnelModel.major(r.p10(), digits), digits),
                        f.amount(FunnelModel.major(r.p50(), digits), digits), f.amount(FunnelModel.major(r.p90(), digits), digits),
                        f.amount(FunnelModel.mean(r, digits), digits), f.percent(r.probabilityOfPlan()), f.count(r.runs()),
                        m.pipeline().currency()));
                context.status(t.get("simulate.done", m.pipeline().name()));
            }

            @Override
            public boolean failed(Throwable error) {
                simulate.setEnabled(true);
                context.showError(m.pipeline().name(), new IllegalStateException(ModuleTexts.message(context.locale(), error), error));
                return true;
            }
        });
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public boolean acceptsFiles(List<Path> files) {
        return client != null && FileImports.readable(files);
    }

    /**
     * Pipelines (CSV, TXT/TSV, XLSX, XLS) through the window's import dialog and io, which names every refused
     * cell; the module's own funnel:import command stays for the shell.
     */
    @Override
    public void importFiles(List<Path> files) {
        FileImports.start(context, client, files, ImportKind.PIPELINE, imported -> fillPipelines(imported.target()));
    }

    @Override
    public void dispose() {
        loads.close();
        wiring.removeAll();
    }
}
