package com.salesworkbench.ui.forecast.internal;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.ForecastCharts;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.Metrics;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.ui.DrawnChartPanel;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.ui.LatestLoad;
import com.salesworkbench.ui.Loading;
import com.salesworkbench.ui.PartWidgets;
import com.salesworkbench.ui.SeriesChoice;
import com.salesworkbench.ui.WorkbenchTheme;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.JFreeChart;

/** One forecast part: the chooser bar, the chart, and tabs with the model's reasoning, figures, backtest and models. */
final class ForecastPart implements ViewPart {

    /** A method of the chooser: an engine method id with its name in the window's language. */
    record Method(String id, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final Workspace workspace;
    private final ForecastEngine engine;
    private final ViewContext context;
    private final Texts texts;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<SeriesChoice> series = new JComboBox<>();
    private final JComboBox<Method> methods = new JComboBox<>();
    private final JSpinner horizon = new JSpinner(new SpinnerNumberModel(12, 1, 120, 1));
    private final DrawnChartPanel chart = new DrawnChartPanel();
    private final JTextArea why = new JTextArea(6, 60);
    private final DefaultTableModel figures = PartWidgets.readOnlyTable();
    private final DefaultTableModel metrics = PartWidgets.readOnlyTable();
    private final DefaultTableModel models = PartWidgets.readOnlyTable();
    private final JTabbedPane tabs = new JTabbedPane();
    private ClientWorkspace client;
    /** The background reads of the client's series, and the forecasts: only the newest of each is shown. */
    private final LatestLoad listings = new LatestLoad();
    private final LatestLoad loads = new LatestLoad();
    /** The series in the chooser, and the history the chart shows: a refresh compares against them. */
    private List<SeriesChoice> listed = List.of();
    private TimeSeries shownHistory;
    /** Counts forecasts asked for: only the last one's result is shown. */
    private int showings;

    private final java.util.function.Consumer<ForecastPart> onDispose;

    ForecastPart(Workspace workspace, ForecastEngine engine, ViewContext context,
            java.util.function.Consumer<ForecastPart> onDispose) {
        this.onDispose = onDispose;
        this.workspace = workspace;
        this.engine = engine;
        this.context = context;
        this.texts = Texts.of(ForecastPart.class, context.locale());
        if (context.client().isEmpty()) {
            root.add(new JLabel(texts.get("noClient"), SwingConstants.CENTER));
            return;
        }
        client = workspace.client(context.client().get());
        figures.setColumnIdentifiers(new Object[] {texts.get("col.period"), texts.get("col.forecast"),
                texts.get("col.lower", 80), texts.get("col.upper", 80), texts.get("col.lower", 95), texts.get("col.upper", 95)});
        metrics.setColumnIdentifiers(new Object[] {texts.get("col.method"), "sMAPE", "MASE", "MAPE", "WAPE",
                texts.get("col.bias"), texts.get("col.tracking"), texts.get("col.windows")});
        why.setEditable(false);
        why.setLineWrap(true);
        why.setWrapStyleWord(true);
        tabs.addTab(texts.get("tab.model"), new JScrollPane(why));
        tabs.addTab(texts.get("tab.figures"), scroll(figuresTable(figures)));
        tabs.addTab(texts.get("tab.backtest"), scroll(figuresTable(metrics)));
        tabs.addTab(texts.get("tab.models"), scroll(new JTable(models)));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, chart, tabs);
        split.setResizeWeight(0.65);
        root.add(toolbar(), BorderLayout.NORTH);
        root.add(split, BorderLayout.CENTER);
        why.setText(Loading.text(context.locale()));
        // Shown again (after another view, the shell or an import changed the client's series): re-read them.
        root.addHierarchyListener(e -> {
            if ((e.getChangeFlags() & java.awt.event.HierarchyEvent.SHOWING_CHANGED) != 0 && root.isShowing()
                    && showings++ > 0) {
                refreshSeries(null);
            }
        });
        refreshSeries(null);
    }

    /** Figures right-aligned after the first (label) column. */
    static JTable figuresTable(DefaultTableModel model) {
        JTable table = new JTable(model);
        javax.swing.table.DefaultTableCellRenderer right = new javax.swing.table.DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        for (int c = 1; c < model.getColumnCount(); c++) {
            table.getColumnModel().getColumn(c).setCellRenderer(right);
        }
        return table;
    }

    private static JScrollPane scroll(JTable table) {
        JScrollPane s = new JScrollPane(table);
        s.setColumnHeaderView(table.getTableHeader()); // also when painted without a window
        return s;
    }

    private JComponent toolbar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        // bounded widths, so the bar stays one row (long model names show in full in the list)
        series.setPrototypeDisplayValue(new SeriesChoice("sales-history", "chrysanthemums"));
        methods.setPrototypeDisplayValue(new Method("x", "Automatic ETS (exponential smo"));
        bar.add(new JLabel(texts.get("series")));
        bar.add(series);
        bar.add(new JLabel(texts.get("method")));
        bar.add(methods);
        bar.add(new JLabel(texts.get("horizon")));
        bar.add(horizon);
        JButton run = new JButton(texts.get("run"));
        run.addActionListener(e -> forecast());
        JButton backtest = new JButton(texts.get("backtest"));
        backtest.addActionListener(e -> backtest());
        bar.add(run);
        bar.add(backtest);
        series.addActionListener(e -> forecast());
        methods.addActionListener(e -> forecast());
        return bar;
    }

    /** Re-reads the installed models, keeping the chosen method when it is still there. */
    void refreshMethods() {
        if (client == null || loads.closed()) {
            return;
        }
        Method chosen = selectedMethod();
        var ls = methods.getActionListeners();
        for (var l : ls) {
            methods.removeActionListener(l);
        }
        methods.removeAllItems();
        Installed installed = installed();
        fillMethods(installed);
        if (chosen != null) {
            for (int i = 0; i < methods.getItemCount(); i++) {
                if (methods.getItemAt(i).id().equals(chosen.id())) {
                    methods.setSelectedIndex(i);
                }
            }
        }
        for (var l : ls) {
            methods.addActionListener(l);
        }
        models.setRowCount(0);
        fillModels(installed);
    }

    /** The methods of the chooser and the rows of the models tab: the installed models by id and title. */
    private record Installed(List<Method> methods, List<Object[]> models) {
    }

    /** The installed models with their titles; off the event thread when the part opens (titles load bundles). */
    private Installed installed() {
        List<Method> ms = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        ms.add(new Method(ForecastEngine.AUTO, texts.get("method.auto")));
        for (ForecastModel m : engine.models()) {
            String title = m.title(context.locale());
            ms.add(new Method(m.id(), title + " (" + m.id() + ")"));
            rows.add(new Object[] {m.id(), title});
        }
        return new Installed(ms, rows);
    }

    private void fillMethods(Installed installed) {
        installed.methods().forEach(methods::addItem);
        for (int i = 0; i < methods.getItemCount(); i++) {
            if (methods.getItemAt(i).id().equals(ForecastEngine.DEFAULT)) {
                methods.setSelectedIndex(i);
            }
        }
    }

    private void fillModels(Installed installed) {
        if (models.getColumnCount() == 0) {
            models.setColumnIdentifiers(new Object[] {texts.get("col.id"), texts.get("col.model")});
        }
        installed.models().forEach(models::addRow);
    }

    /** The chooser's series and the chosen one's history as they are on disk now. */
    private record Listing(List<SeriesChoice> all, SeriesChoice chosen, TimeSeries history, Installed installed) {
    }

    /**
     * Re-reads the client's series in the background (they may have changed: an import here or elsewhere) and
     * forecasts again when the list, the chosen series or its figures changed.
     *
     * @param select the series to choose (just imported), or null to keep the chosen one
     */
    void refreshSeries(SeriesChoice select) {
        if (client == null || loads.closed()) {
            return;
        }
        SeriesChoice wanted = select != null ? select : selectedSeries();
        boolean first = methods.getItemCount() == 0; // the chooser's methods are listed with the first series
        listings.start(context, texts.get("task.series"), progress -> {
            List<SeriesChoice> all = SeriesChoice.all(client);
            SeriesChoice chosen = SeriesChoice.pick(all, wanted);
            return new Listing(all, chosen, chosen == null ? null : chosen.read(client), first ? installed() : null);
        }, this::listed, error -> {
            why.setText(error.getMessage());
            context.showError("series/", error);
        });
    }

    private void listed(Listing l) {
        if (l.installed() != null && methods.getItemCount() == 0) {
            var ls = methods.getActionListeners();
            for (var x : ls) {
                methods.removeActionListener(x);
            }
            fillMethods(l.installed());
            fillModels(l.installed());
            for (var x : ls) {
                methods.addActionListener(x);
            }
        }
        // the forecast is redone only when what it shows changed: another series, or new figures
        boolean stale = l.chosen() == null || !l.chosen().equals(selectedSeries()) || !l.history().equals(shownHistory);
        if (!l.all().equals(listed)) {
            SeriesChoice.fill(series, l.all(), l.chosen());
            listed = l.all();
        }
        if (l.all().isEmpty()) {
            shownHistory = null;
            chart.setChart(null);
            figures.setRowCount(0);
            why.setText(texts.get("noSeries"));
            return;
        }
        if (stale) {
            if (!l.chosen().equals(selectedSeries())) {
                series.setSelectedItem(l.chosen()); // its listener forecasts
            } else {
                forecast();
            }
        }
    }

    List<SeriesChoice> listedSeries() {
        return listed;
    }

    SeriesChoice selectedSeries() {
        return (SeriesChoice) series.getSelectedItem();
    }

    Method selectedMethod() {
        return (Method) methods.getSelectedItem();
    }

    void select(String file, String id, String method) {
        series.setSelectedItem(new SeriesChoice(file, id));
        for (int i = 0; i < methods.getItemCount(); i++) {
            if (methods.getItemAt(i).id().equals(method)) {
                methods.setSelectedIndex(i);
            }
        }
    }

    private ForecastEngine.Options options() {
        return ForecastEngine.Options.of((Integer) horizon.getValue(), selectedMethod().id()).withLocale(context.locale());
    }

    /** Forecasts the chosen series with the chosen method, off the event thread. */
    void forecast() {
        SeriesChoice s = selectedSeries();
        if (s == null || selectedMethod() == null) {
            return;
        }
        ForecastEngine.Options options = options();
        ChartStyle style = WorkbenchTheme.chartStyle();
        java.awt.Dimension size = chart.drawSize();
        loads.start(context, texts.get("task.forecast", s.id()), progress -> {
            // read, fit and draw here (into an image at the panel's size): the event thread only puts the
            // finished chart and figures in place
            TimeSeries history = s.read(client);
            ForecastEngine.SeriesResult res = engine.forecast(List.of(history), options).get(0);
            String method = res.ok() ? res.description() : null;
            JFreeChart c = ForecastCharts.forecast(history.id(), history, res.forecast(), method, context.locale(),
                    context.formats(), style);
            return new Result(history, res, DrawnChartPanel.draw(c, size));
        }, this::show, error -> {
            context.showError("series/" + s.file(), error);
        });
    }

    record Result(TimeSeries history, ForecastEngine.SeriesResult result, DrawnChartPanel.Drawing chart) {
    }

    private void show(Result r) {
        ForecastEngine.SeriesResult res = r.result();
        Forecast f = res.forecast();
        shownHistory = r.history();
        chart.show(r.chart());
        StringBuilder text = new StringBuilder();
        if (res.ok()) {
            text.append(texts.get("chosen", res.description())).append('\n');
        } else {
            text.append(texts.get("noForecast")).append('\n');
        }
        if (res.reason() != null && !res.reason().isBlank()) {
            text.append(texts.get("why", res.reason())).append('\n');
        }
        res.messages().forEach(m -> text.append("• ").append(m).append('\n'));
        why.setText(text.toString().strip());
        why.setCaretPosition(0);
        figures.setRowCount(0);
        if (f != null) {
            double[] mean = f.mean();
            Forecast.Interval i80 = interval(f, 80);
            Forecast.Interval i95 = interval(f, 95);
            PlanPeriod p = f.start();
            for (int i = 0; i < mean.length; i++) {
                figures.addRow(new Object[] {p.toString(), amount(mean[i]), bound(i80, true, i), bound(i80, false, i),
                        bound(i95, true, i), bound(i95, false, i)});
                p = p.next();
            }
        }
    }

    private static Forecast.Interval interval(Forecast f, double level) {
        return f.intervals().stream().filter(i -> i.level() == level).findFirst().orElse(null);
    }

    private String bound(Forecast.Interval i, boolean lower, int step) {
        return i == null ? "-" : amount(lower ? i.lower()[step] : i.upper()[step]);
    }

    private String amount(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? "-" : context.formats().amount(BigDecimal.valueOf(v), 1);
    }

    /**
     * Backtests the chosen method and the benchmarks (Naive2, seasonal naive, where installed) on rolling
     * origins, one method at a time so progress shows and a cancel stops between methods.
     */
    void backtest() {
        SeriesChoice s = selectedSeries();
        if (s == null) {
            return;
        }
        ForecastEngine.Options options = options();
        Set<String> ms = new LinkedHashSet<>();
        ms.add(selectedMethod().id());
        for (String benchmark : List.of("naive2", "snaive")) {
            if (engine.model(benchmark).isPresent()) {
                ms.add(benchmark);
            }
        }
        List<String> list = List.copyOf(ms);
        context.run(new BackgroundTask<List<ForecastEngine.BacktestResult>>() {
            @Override
            public String title() {
                return texts.get("task.backtest", s.id());
            }

            @Override
            public List<ForecastEngine.BacktestResult> compute(Progress progress) {
                TimeSeries history = s.read(client);
                List<ForecastEngine.BacktestResult> out = new ArrayList<>();
                for (int i = 0; i < list.size() && !progress.cancelled(); i++) {
                    progress.worked(i, list.size());
                    out.add(engine.backtest(List.of(history), List.of(list.get(i)), options, 3, 1).get(0).get(0));
                }
                progress.worked(list.size(), list.size());
                return out;
            }

            @Override
            public void succeeded(List<ForecastEngine.BacktestResult> results) {
                if (loads.closed()) {
                    return;
                }
                metrics.setRowCount(0);
                for (ForecastEngine.BacktestResult r : results) {
                    Metrics.Scores sc = r.scores();
                    if (sc == null) {
                        metrics.addRow(new Object[] {r.method(), "-", "-", "-", "-", "-", "-",
                                String.join("; ", r.messages())});
                    } else {
                        metrics.addRow(new Object[] {r.method(), pct(sc.smape()), num(sc.mase()), pct(sc.mape()),
                                pct(sc.wape()), num(sc.bias()), num(sc.trackingSignal()) + (sc.tracking() ? " !" : ""),
                                context.formats().count(r.windows())});
                    }
                }
                tabs.setSelectedIndex(2);
                context.status(texts.get("backtest.done", s.id(), results.size()));
            }

            @Override
            public boolean failed(Throwable error) {
                context.showError("series/" + s.file(), error);
                return true;
            }
        });
    }

    private String pct(double v) {
        return Double.isNaN(v) ? "-" : context.formats().amount(BigDecimal.valueOf(v), 2) + " %";
    }

    private String num(double v) {
        return Double.isNaN(v) ? "-" : context.formats().amount(BigDecimal.valueOf(v), 3);
    }

    @Override
    public boolean acceptsFiles(List<Path> files) {
        return client != null && FileImports.readable(files);
    }

    @Override
    public void importFiles(List<Path> files) {
        // CSV, TXT/TSV, XLSX and XLS as sales history through the window's import dialog (preview, mapping, io)
        FileImports.start(context, client, files, ImportKind.HISTORY, imported -> {
            if (imported.kind().isSeries()) {
                refreshSeries(SeriesChoice.first(client, imported.target()));
            }
        });
    }

    @Override
    public JComponent component() {
        return root;
    }

    @Override
    public void dispose() {
        listings.close();
        loads.close();
        onDispose.accept(this);
        for (var l : series.getActionListeners()) {
            series.removeActionListener(l);
        }
        for (var l : methods.getActionListeners()) {
            methods.removeActionListener(l);
        }
    }
}
