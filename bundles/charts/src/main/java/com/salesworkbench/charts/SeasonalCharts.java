package com.salesworkbench.charts;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.charts.internal.series.SeriesChartSupport;
import java.awt.BasicStroke;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of seasonal modelling: the seasonal profile (an index per cycle position with the "no season" line at
 * 1 or 0) and the decomposition in stacked panels sharing one time axis: observed with its trend, the
 * seasonal component, the irregular remainder.
 */
public final class SeasonalCharts {

    private SeasonalCharts() {
    }

    /**
     * @param frequency      the series' frequency (month names for monthly profiles, Q1.. for quarterly)
     * @param indices        the index of each cycle position, January (or Q1) first
     * @param multiplicative whether the indices are ratios (baseline 1) or amounts (baseline 0)
     */
    public static JFreeChart profile(String title, Frequency frequency, double[] indices, boolean multiplicative,
            Locale language, Formats formats, ChartStyle style) {
        Texts t = SeriesChartSupport.texts(language);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String key = t.get("seasonal.index");
        for (int i = 0; i < indices.length; i++) {
            data.addValue(indices[i], key, SeriesChartSupport.cyclePosition(frequency, i, language));
        }
        NumberAxis range = SeriesChartSupport.numberAxis(key, formats, multiplicative ? 2 : 0);
        BarRenderer bars = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), range, bars);
        double baseline = multiplicative ? 1.0 : 0.0;
        ValueMarker marker = new ValueMarker(baseline);
        marker.setLabel(t.get("seasonal.baseline"));
        plot.addRangeMarker(marker);
        bars.setBase(baseline); // bars grow up or down from "no season"
        JFreeChart chart = style.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false));
        bars.setSeriesPaint(0, ChartStyle.PALETTE.get(0));
        bars.setMaximumBarWidth(0.08);
        marker.setPaint(style.text());
        marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
        marker.setLabelPaint(style.text());
        marker.setLabelFont(range.getTickLabelFont());
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        marker.setLabelBackgroundColor(ChartStyle.translucent(style.background(), 0));
        return chart;
    }

    /**
     * The decomposition in three panels over one time axis. Arrays run over the periods of {@code observed};
     * NaN (the trend's missing ends) is left out.
     */
    public static JFreeChart decomposition(String title, TimeSeries observed, double[] trend, double[] seasonal,
            double[] irregular, boolean multiplicative, Locale language, Formats formats, ChartStyle style) {
        Texts t = SeriesChartSupport.texts(language);
        DateAxis time = SeriesChartSupport.dateAxis(language);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(8);

        XYSeriesCollection top = new XYSeriesCollection();
        top.addSeries(series(t.get("seasonal.observed"), observed, null));
        top.addSeries(series(t.get("seasonal.trend"), observed, trend));
        XYLineAndShapeRenderer topRenderer = new XYLineAndShapeRenderer(true, false);
        combined.add(new XYPlot(top, null, SeriesChartSupport.numberAxis(t.get("seasonal.observed"), formats, 0), topRenderer), 2);

        XYLineAndShapeRenderer seasonRenderer = new XYLineAndShapeRenderer(true, false);
        XYPlot seasonPlot = new XYPlot(new XYSeriesCollection(series(t.get("seasonal.seasonal"), observed, seasonal)), null,
                SeriesChartSupport.numberAxis(t.get("seasonal.seasonal"), formats, multiplicative ? 2 : 0), seasonRenderer);
        combined.add(seasonPlot, 1);

        XYBarRenderer irregularRenderer = new XYBarRenderer(0.3);
        XYPlot irregularPlot = new XYPlot(new XYSeriesCollection(series(t.get("seasonal.irregular"), observed, irregular)),
                null, SeriesChartSupport.numberAxis(t.get("seasonal.irregular"), formats, multiplicative ? 2 : 0),
                irregularRenderer);
        double baseline = multiplicative ? 1.0 : 0.0;
        irregularRenderer.setBase(baseline);
        irregularRenderer.setUseYInterval(false);
        combined.add(irregularPlot, 1);

        JFreeChart chart = style.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, combined, true));
        topRenderer.setSeriesPaint(0, ChartStyle.PALETTE.get(0));
        topRenderer.setSeriesPaint(1, ChartStyle.PALETTE.get(1));
        topRenderer.setSeriesStroke(1, new BasicStroke(2.5f));
        seasonRenderer.setSeriesPaint(0, ChartStyle.PALETTE.get(2));
        irregularRenderer.setSeriesPaint(0, ChartStyle.PALETTE.get(7));
        irregularRenderer.setShadowVisible(false);
        for (XYPlot p : new XYPlot[] {seasonPlot, irregularPlot}) {
            ValueMarker m = new ValueMarker(baseline);
            m.setPaint(style.grid().darker());
            p.addRangeMarker(m);
        }
        return chart;
    }

    private static XYSeries series(String name, TimeSeries periods, double[] values) {
        XYSeries s = new XYSeries(name, false, true);
        for (int i = 0; i < periods.length(); i++) {
            double y = values == null ? periods.valueAt(i) : (i < values.length ? values[i] : Double.NaN);
            if (!Double.isNaN(y) && !Double.isInfinite(y)) {
                s.add(SeriesChartSupport.millis(periods.periodAt(i)), y);
            }
        }
        return s;
    }
}
