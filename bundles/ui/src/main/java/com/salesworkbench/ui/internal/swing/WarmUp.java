package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.charts.ForecastCharts;
import com.salesworkbench.charts.FunnelCharts;
import com.salesworkbench.charts.PayCharts;
import com.salesworkbench.charts.SeasonalCharts;
import com.salesworkbench.charts.SwotCharts;
import com.salesworkbench.ui.PartWidgets;
import com.salesworkbench.ui.Snapshots;
import com.salesworkbench.ui.WorkbenchTheme;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.JToggleButton;
import javax.swing.SpinnerNumberModel;
import javax.swing.table.DefaultTableModel;
import org.jfree.chart.ChartPanel;

/**
 * Paints, off the event thread and into an image, a throw-away tree of the components and charts the views are
 * made of, in the window's look and font, with Latin, Cyrillic and Chinese text. The first paint of each kind of
 * component otherwise happens on the event thread when the user first opens a view, and pays there for loading
 * the classes of the look's painters, JFreeChart's renderers and the font's glyphs, all in interpreted code:
 * tasks of 50-100 ms. Nothing here is shown or kept.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /**
     * Every letter, digit and sign of Latin and Cyrillic texts, in lines short enough to be painted whole: their
     * glyphs are made (and sent to the display) here, not when a view first shows them (10-20 ms a perspective).
     */
    private static final String ALPHABETS = String.join("\n", "ABCDEFGHIJKLM", "NOPQRSTUVWXYZ", "abcdefghijklm",
            "nopqrstuvwxyz", "0123456789 .,;:!?()[]{}", "%+-=*/<>|&#@$€₽¥£'\"«»–—…№", "АБВГДЕЁЖЗИЙКЛМНОП",
            "РСТУФХЦЧШЩЪЫЬЭЮЯ", "абвгдеёжзийклмноп", "рстуфхцчшщъыьэюя");

    /** A few rounds, so that the painting code is compiled by the time the user opens a view. */
    public static void paint(Locale language) {
        for (int round = 0; round < 4; round++) {
            JPanel tree = tree(language, round);
            Snapshots.render(tree, 1200, 800);
            onScreenSurface(tree);
        }
    }

    /**
     * Paints the tree once more into an image of the screen's own kind (on X11 a pixmap drawn through XRender),
     * so that the display's pipeline and its copy of the font's glyphs are ready too, not only the in-memory one.
     */
    private static void onScreenSurface(JPanel tree) {
        if (java.awt.GraphicsEnvironment.isHeadless()) {
            return;
        }
        java.awt.image.VolatileImage image = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice()
                .getDefaultConfiguration().createCompatibleVolatileImage(tree.getWidth(), tree.getHeight());
        java.awt.Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_TEXT_ANTIALIASING, java.awt.RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            tree.printAll(g);
            // and an image as the chart panels show their charts drawn in the background (DrawnChartPanel)
            g.drawImage(new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_ARGB), 0, 0, null);
        } finally {
            g.dispose();
            image.flush();
        }
    }

    /** @param round the round: each shows another tab, so every chart is painted */
    private static JPanel tree(Locale language, int round) {
        String[] words = {"Plan", "План продаж", "销售计划", "1 162 500,50", "Январь", "十二月"};
        Formats formats = new Formats(language);
        JPanel bar = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 4));
        bar.add(new JLabel(words[1]));
        bar.add(new JComboBox<>(words));
        bar.add(new JSpinner(new SpinnerNumberModel(12, 1, 120, 1)));
        bar.add(new JButton(words[2]));
        bar.add(new JToggleButton(words[0], true));
        bar.add(new JTextField(words[3], 10));
        bar.add(new JCheckBox(words[4], true));
        bar.add(new JProgressBar());
        DefaultTableModel model = new DefaultTableModel(words, 0);
        for (int r = 0; r < 30; r++) {
            model.addRow(words);
        }
        JTable table = new JTable(model);
        JScrollPane tableScroll = new JScrollPane(table);
        tableScroll.setColumnHeaderView(table.getTableHeader());
        DefaultListModel<String> items = new DefaultListModel<>();
        for (String w : words) {
            items.addElement(w);
        }
        JScrollPane list = new JScrollPane(new JList<>(items));
        JTextArea text = new JTextArea(String.join("\n", words));
        JTextArea plain = new JTextArea(ALPHABETS);
        JTextArea bold = new JTextArea(ALPHABETS);
        bold.setFont(bold.getFont().deriveFont(java.awt.Font.BOLD));
        JPanel form = new JPanel(new GridLayout(0, 2, 6, 4));
        for (String w : words) {
            form.add(new JLabel(w));
            form.add(new JTextField(w));
        }
        double[] y = new double[48];
        double[] trend = new double[48];
        double[] season = new double[48];
        for (int i = 0; i < y.length; i++) {
            trend[i] = 100 + i;
            season[i] = 1 + 0.2 * Math.sin(i * Math.PI / 6);
            y[i] = trend[i] * season[i];
        }
        TimeSeries series = new TimeSeries("warm-up", PlanPeriod.month(YearMonth.of(2022, 1)), y);
        var style = WorkbenchTheme.chartStyle();
        ChartPanel decomposition = new ChartPanel(SeasonalCharts.decomposition(words[2], series, trend, season, y, true,
                language, formats, style), false);
        ChartPanel profile = new ChartPanel(SeasonalCharts.profile(words[1], Frequency.MONTH,
                java.util.Arrays.copyOf(season, 12), true, language, formats, style), false);
        ChartPanel funnel = new ChartPanel(FunnelCharts.funnel(List.of(new FunnelCharts.StageBar(words[1], 100, java.util.Optional.of(java.math.BigDecimal.valueOf(0.5))),
                new FunnelCharts.StageBar(words[2], 50, java.util.Optional.empty())), language, formats, style), false);
        double[] mean = java.util.Arrays.copyOf(y, 12);
        double[] lower = mean.clone();
        double[] upper = mean.clone();
        for (int i = 0; i < mean.length; i++) {
            lower[i] -= 10;
            upper[i] += 10;
        }
        ChartPanel forecast = new ChartPanel(ForecastCharts.forecast(words[0], series,
                new Forecast(series.periodAt(series.length() - 1).next(), mean, List.of(new Forecast.Interval(80, lower, upper),
                        new Forecast.Interval(95, lower, upper))), "ETS(M,A,M)", language, formats, style), false);
        java.util.Map<String, List<PayCharts.Point>> curves = java.util.Map.of(words[1], List.of(
                new PayCharts.Point(java.math.BigDecimal.ZERO, java.math.BigDecimal.ZERO),
                new PayCharts.Point(java.math.BigDecimal.ONE, java.math.BigDecimal.TEN)));
        ChartPanel pay = new ChartPanel(PayCharts.payoutCurve(curves, java.util.Optional.of(java.math.BigDecimal.ONE), "RUB",
                language, formats, style), false);
        ChartPanel matrix = new ChartPanel(SwotCharts.matrix(java.math.BigDecimal.valueOf(2.5), java.math.BigDecimal.valueOf(2.7),
                language, formats, style), false);
        JTabbedPane tabs = new JTabbedPane();
        tabs.addTab(words[0], new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, tableScroll, decomposition));
        JPanel charts = new JPanel(new GridLayout(2, 2));
        charts.add(profile);
        charts.add(forecast);
        charts.add(pay);
        charts.add(matrix);
        tabs.addTab(words[1], charts);
        JPanel south = new JPanel(new GridLayout(1, 6));
        south.add(plain);
        south.add(bold);
        south.add(PartWidgets.section(words[5], list));
        south.add(new JScrollPane(text));
        south.add(PartWidgets.section(words[1], form));
        south.add(funnel);
        tabs.setSelectedIndex(round % 2);
        JPanel root = new JPanel(new BorderLayout());
        root.add(bar, BorderLayout.NORTH);
        root.add(tabs, BorderLayout.CENTER);
        root.add(south, BorderLayout.SOUTH);
        return root;
    }
}
