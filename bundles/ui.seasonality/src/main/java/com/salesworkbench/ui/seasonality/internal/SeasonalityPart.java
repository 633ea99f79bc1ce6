package com.salesworkbench.ui.seasonality.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.SeasonalCharts;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.seasonality.Decomposer;
import com.salesworkbench.seasonality.Decomposition;
import com.salesworkbench.seasonality.DecompositionOptions;
import com.salesworkbench.seasonality.FormChoice;
import com.salesworkbench.seasonality.Message;
import com.salesworkbench.seasonality.SeasonalForm;
import com.salesworkbench.seasonality.SeasonalProfile;
import com.salesworkbench.seasonality.SeasonalityException;
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
import java.util.List;
import java.util.Locale;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.SwingConstants;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.JFreeChart;

/** One seasonality part: series and form, the profile (chart and indices) and the decomposition panels. */
final class SeasonalityPart implements ViewPart {

    /** The form chooser: automatic (by fit) or one form. */
    enum Form {
        AUTO, ADDITIVE, MULTIPLICATIVE
    }

    private record FormItem(Form form, String title) {
        @Override
        public String toString() {
            return title;
        }
    }

    private final ViewContext context;
    private final Texts texts;
    private final JPanel root = new JPanel(new BorderLayout());
    private final JComboBox<SeriesChoice> series = new JComboBox<>();
    private final JComboBox<FormItem> forms = new JComboBox<>();
    private final DrawnChartPanel profileChart = new DrawnChartPanel();
    private final DrawnChartPanel decompositionChart = new DrawnChartPanel();
    private final JTextArea why = new JTextArea(4, 60);
    private final DefaultTableModel indices = PartWidgets.readOnlyTable();
    private ClientWorkspace client;
    private Decomposition shown;
    /** The background reads of the client's series, and the analyses: only the newest of each is shown. */
    private final LatestLoad listings = new LatestLoad();
    private final LatestLoad loads = new LatestLoad();
    /** The series in the chooser and the history the charts show: a refresh compares against them. */
    private List<SeriesChoice> listed = List.of();
    private TimeSeries shownHistory;
    /** Counts analyses asked for: only the last one's result is shown. */
    private int showings;

    SeasonalityPart(Workspace workspace, ViewContext context) {
        this.context = context;
        this.texts = Texts.of(SeasonalityPart.class, context.locale());
        if (context.client().isEmpty()) {
            root.add(new JLabel(texts.get("noClient"), SwingConstants.CENTER));
            return;
        }
        client = workspace.client(context.client().get());
        for (Form f : Form.values()) {
            forms.addItem(new FormItem(f, texts.get("form." + f.name().toLowerCase(Locale.ROOT))));
        }
        indices.setColumnIdentifiers(new Object[] {texts.get("col.position"), texts.get("col.index")});
        why.setEditable(false);
        why.setLineWrap(true);
        why.setWrapStyleWord(true);
        JTable table = new JTable(indices);
        javax.swing.table.DefaultTableCellRenderer right = new javax.swing.table.DefaultTableCellRenderer();
        right.setHorizontalAlignment(SwingConstants.RIGHT);
        table.getColumnModel().getColumn(1).setCellRenderer(right);
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setColumnHeaderView(table.getTableHeader()); // also when painted without a window
        JSplitPane profile = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, profileChart, tableScroll);
        profile.setResizeWeight(0.75);
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(texts.get("tab.profile"), profile);
        tabs.addTab(texts.get("tab.decomposition"), decompositionChart);
        JPanel centre = new JPanel(new BorderLayout());
        centre.add(tabs, BorderLayout.CENTER);
        centre.add(new JScrollPane(why), BorderLayout.SOUTH);
        root.add(toolbar(), BorderLayout.NORTH);
        root.add(centre, BorderLayout.CENTER);
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

    private JComponent toolbar() {
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        bar.add(new JLabel(texts.get("series")));
        bar.add(series);
        bar.add(new JLabel(texts.get("form")));
        bar.add(forms);
        JButton save = new JButton(texts.get("saveProfile"));
        save.setToolTipText(texts.get("saveProfile.tip"));
        save.addActionListener(e -> saveProfile());
        bar.add(save);
        series.addActionListener(e -> analyse());
        forms.addActionListener(e -> analyse());
        return bar;
    }

    /** The chooser's series and the chosen one's history as they are on disk now. */
    private record Listing(List<SeriesChoice> all, SeriesChoice chosen, TimeSeries history) {
    }

    /**
     * Re-reads the client's series in the background (an import here or elsewhere may have changed them) and
     * analyses again when the chosen series or its figures changed.
     *
     * @param select the series to choose (just imported), or null to keep the chosen one
     */
    void refreshSeries(SeriesChoice select) {
        if (client == null || loads.closed()) {
            return;
        }
        SeriesChoice wanted = select != null ? select : selectedSeries();
        listings.start(context, texts.get("task.series"), progress -> {
            // a season needs a cycle: yearly series are left out of the chooser
            List<SeriesChoice> all = SeriesChoice.all(client, t -> t.frequency().periodsPerCycle() > 1);
            SeriesChoice chosen = SeriesChoice.pick(all, wanted);
            return new Listing(all, chosen, chosen == null ? null : chosen.read(client));
        }, this::listed, error -> {
            why.setText(error.getMessage());
            context.showError("series/", error);
        });
    }

    private void listed(Listing l) {
        boolean stale = l.chosen() == null || !l.chosen().equals(selectedSeries()) || !l.history().equals(shownHistory);
        if (!l.all().equals(listed)) {
            SeriesChoice.fill(series, l.all(), l.chosen());
            listed = l.all();
        }
        if (l.all().isEmpty()) {
            clear();
            why.setText(texts.get("noSeries"));
            return;
        }
        if (stale) {
            if (!l.chosen().equals(selectedSeries())) {
                series.setSelectedItem(l.chosen()); // its listener analyses
            } else {
                analyse();
            }
        }
    }

    List<SeriesChoice> listedSeries() {
        return listed;
    }

    void select(String file, String id, Form form) {
        series.setSelectedItem(new SeriesChoice(file, id));
        for (int i = 0; i < forms.getItemCount(); i++) {
            if (forms.getItemAt(i).form() == form) {
                forms.setSelectedIndex(i);
            }
        }
    }

    SeriesChoice selectedSeries() {
        return (SeriesChoice) series.getSelectedItem();
    }

    /** What an analysis found: the history, its decomposition (or why none), the explanation and the charts. */
    private record Analysis(SeriesChoice series, TimeSeries history, Decomposition decomposition, String text,
                            String refusal, DrawnChartPanel.Drawing profile, DrawnChartPanel.Drawing parts) {
    }

    /**
     * Decomposes the chosen series in the chosen form in the background (reading the file, fitting both forms and
     * drawing the charts are too slow for the event thread on a long series).
     */
    void analyse() {
        SeriesChoice s = selectedSeries();
        FormItem f = (FormItem) forms.getSelectedItem();
        if (s == null || f == null) {
            return;
        }
        Locale lang = context.locale();
        ChartStyle style = WorkbenchTheme.chartStyle();
        java.awt.Dimension profileSize = profileChart.drawSize();
        java.awt.Dimension partsSize = decompositionChart.drawSize();
        loads.start(context, texts.get("task.analyse", s.id()), progress -> {
            TimeSeries history = s.read(client);
            StringBuilder text = new StringBuilder();
            Decomposition d;
            try {
                if (f.form() == Form.AUTO) {
                    FormChoice choice = Decomposer.choose(history, DecompositionOptions.DEFAULT);
                    d = choice.chosen() == SeasonalForm.MULTIPLICATIVE ? choice.multiplicative() : choice.additive();
                    text.append(texts.get("chosen", formName(choice.chosen()))).append(' ')
                            .append(choice.reason().text(lang)).append('\n');
                } else {
                    SeasonalForm form = f.form() == Form.ADDITIVE ? SeasonalForm.ADDITIVE : SeasonalForm.MULTIPLICATIVE;
                    d = Decomposer.decompose(history, form, DecompositionOptions.DEFAULT);
                    text.append(texts.get("chosen", formName(form))).append('\n');
                }
            } catch (SeasonalityException e) {
                return new Analysis(s, history, null, e.getLocalizedMessage(lang), e.getLocalizedMessage(lang), null, null);
            }
            text.append(texts.get("rmse", context.formats().amount(BigDecimal.valueOf(d.rmse()), 2)));
            for (Message note : d.notes()) {
                text.append('\n').append("• ").append(note.text(lang));
            }
            boolean mult = d.form() == SeasonalForm.MULTIPLICATIVE;
            JFreeChart profile = SeasonalCharts.profile(texts.get("chart.profile", s.id()), d.observed().frequency(),
                    d.figure(), mult, lang, context.formats(), style);
            JFreeChart parts = SeasonalCharts.decomposition(texts.get("chart.decomposition", s.id()),
                    d.observed(), d.trend(), d.seasonal(), d.remainder(), mult, lang, context.formats(), style);
            // drawn here at the panels' sizes, so the event thread shows images on the first paint
            return new Analysis(s, history, d, text.toString(), null, DrawnChartPanel.draw(profile, profileSize),
                    DrawnChartPanel.draw(parts, partsSize));
        }, a -> {
            shownHistory = a.history();
            if (a.decomposition() == null) {
                clear();
                context.status(a.refusal());
            } else {
                show(a);
            }
            why.setText(a.text());
            why.setCaretPosition(0);
        }, error -> {
            context.showError("series/" + s.file(), error);
        });
    }

    private void clear() {
        shown = null;
        shownHistory = null;
        profileChart.setChart(null);
        decompositionChart.setChart(null);
        indices.setRowCount(0);
    }

    private String formName(SeasonalForm form) {
        return texts.get("form." + form.name().toLowerCase(Locale.ROOT));
    }

    private void show(Analysis a) {
        Decomposition d = a.decomposition();
        shown = d;
        boolean mult = d.form() == SeasonalForm.MULTIPLICATIVE;
        double[] figure = d.figure();
        profileChart.show(a.profile());
        decompositionChart.show(a.parts());
        indices.setRowCount(0);
        for (int i = 0; i < figure.length; i++) {
            String position = d.observed().frequency() == com.salesworkbench.api.time.Frequency.MONTH
                    ? java.time.Month.of(i + 1).getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, context.locale())
                    : String.valueOf(i + 1);
            String value = mult ? context.formats().percent(figure[i])
                    : context.formats().amount(BigDecimal.valueOf(figure[i]), 1);
            indices.addRow(new Object[] {position, value});
        }
    }

    /** Saves the shown indices as a seasonal profile of the client (for phasing a plan), named after the series. */
    void saveProfile() {
        SeriesChoice s = selectedSeries();
        if (shown == null || s == null) {
            return;
        }
        String name = SeriesChoice.seriesName(Path.of(s.id()));
        try {
            client.save(SeasonalProfile.FOLDER + name, SeasonalProfile.DOCUMENT_TYPE, shown.profile(name));
            context.status(texts.get("saved", SeasonalProfile.FOLDER + name));
        } catch (RuntimeException e) {
            context.showError(SeasonalProfile.FOLDER + name, e);
        }
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
        for (var l : series.getActionListeners()) {
            series.removeActionListener(l);
        }
        for (var l : forms.getActionListeners()) {
            forms.removeActionListener(l);
        }
    }
}
