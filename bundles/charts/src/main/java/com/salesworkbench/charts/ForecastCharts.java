package com.salesworkbench.charts;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.charts.internal.series.SeriesChartSupport;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * The forecast chart: the history as a line, the forecast as a second line continuing from the last
 * observation, and the prediction intervals as translucent {@link ChartStyle#FAN} bands (the widest palest),
 * so the fan widens with the horizon.
 */
public final class ForecastCharts {

    private ForecastCharts() {
    }

    /**
     * @param method   the name of the model that made the forecast, shown in the legend and the subtitle; may be null
     * @param language the language of the texts and month names
     * @param formats  the client's number format for the value axis
     */
    public static JFreeChart forecast(String title, TimeSeries history, Forecast forecast, String method,
            Locale language, Formats formats, ChartStyle style) {
        Texts t = SeriesChartSupport.texts(language);
        XYSeries past = new XYSeries(t.get("forecast.history"), false, true);
        for (int i = 0; i < history.length(); i++) {
            double y = history.valueAt(i);
            if (!Double.isNaN(y)) {
                past.add(SeriesChartSupport.millis(history.periodAt(i)), y);
            }
        }
        XYSeriesCollection lines = new XYSeriesCollection(past);
        YIntervalSeriesCollection bands = new YIntervalSeriesCollection();
        if (forecast != null) {
            String name = method == null ? "" : method;
            XYSeries ahead = new XYSeries(t.get("forecast.forecast", name), false, true);
            double[] mean = forecast.mean();
            if (!past.isEmpty()) { // join the forecast line to the last observation
                ahead.add(past.getX(past.getItemCount() - 1), past.getY(past.getItemCount() - 1));
            }
            PlanPeriod p = forecast.start();
            for (double m : mean) {
                ahead.add(SeriesChartSupport.millis(p), m);
                p = p.next();
            }
            lines.addSeries(ahead);
            List<Forecast.Interval> intervals = new ArrayList<>(forecast.intervals());
            intervals.sort(Comparator.comparingDouble(Forecast.Interval::level).reversed());
            for (Forecast.Interval interval : intervals) {
                YIntervalSeries band = new YIntervalSeries(t.get("forecast.interval", level(interval.level())));
                double[] lo = interval.lower();
                double[] hi = interval.upper();
                PlanPeriod q = forecast.start();
                for (int i = 0; i < mean.length; i++) {
                    band.add(SeriesChartSupport.millis(q), mean[i], lo[i], hi[i]);
                    q = q.next();
                }
                bands.addSeries(band);
            }
        }
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(lines, SeriesChartSupport.dateAxis(language, history.frequency()),
                SeriesChartSupport.numberAxis(null, formats, 0), lineRenderer);
        DeviationRenderer fan = new DeviationRenderer(false, false);
        plot.setDataset(1, bands);
        plot.setRenderer(1, fan);
        JFreeChart chart = style.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        if (method != null && forecast != null) {
            chart.addSubtitle(new TextTitle(t.get("forecast.forecast", method), chart.getTitle() == null
                    ? JFreeChart.DEFAULT_TITLE_FONT : chart.getTitle().getFont().deriveFont(11f), style.text(),
                    org.jfree.chart.ui.RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.CENTER,
                    org.jfree.chart.ui.VerticalAlignment.CENTER, new org.jfree.chart.ui.RectangleInsets(2, 2, 2, 2)));
        }
        // colours after the style: the meaning of each series is fixed, not the palette's order
        lineRenderer.setSeriesPaint(0, ChartStyle.PALETTE.get(0));
        lineRenderer.setSeriesPaint(1, ChartStyle.PALETTE.get(1));
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f));
        lineRenderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        fan.setAlpha(0.22f);
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int i = 0; i < lines.getSeriesCount(); i++) {
            legend.add(lineRenderer.getLegendItem(0, i));
        }
        for (int i = 0; i < bands.getSeriesCount(); i++) {
            fan.setSeriesFillPaint(i, ChartStyle.FAN);
            fan.setSeriesPaint(i, ChartStyle.translucent(ChartStyle.FAN, 90));
            // the narrower band lies over the wider one: its swatch is as dark as both together
            int alpha = (int) Math.round(255 * (1 - Math.pow(1 - 0.22, i + 1)));
            legend.add(new org.jfree.chart.LegendItem(bands.getSeriesKey(i).toString(),
                    ChartStyle.translucent(ChartStyle.FAN, alpha)));
        }
        plot.setFixedLegendItems(legend);
        return chart;
    }

    private static String level(double level) {
        return level == Math.rint(level) ? String.valueOf((long) level) : String.valueOf(level);
    }
}
