package com.salesworkbench.charts;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.charts.internal.figures.FiguresFormat;
import com.salesworkbench.charts.internal.pay.Labels;
import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of the motivation module: the payout curve (pay against plan attainment, one line per scheme) and
 * the pay of each rep split into its fixed and variable parts.
 */
public final class PayCharts {

    private PayCharts() {
    }

    /** One point of a payout curve: attainment as a share of plan (1 = 100%) and the pay it earns. */
    public record Point(BigDecimal attainment, BigDecimal pay) {
        public Point {
            Objects.requireNonNull(attainment, "attainment");
            Objects.requireNonNull(pay, "pay");
        }
    }

    /** One rep's pay for a period, in major units. */
    public record RepPay(String rep, BigDecimal fixed, BigDecimal variable) {
        public RepPay {
            Objects.requireNonNull(rep, "rep");
            Objects.requireNonNull(fixed, "fixed");
            Objects.requireNonNull(variable, "variable");
        }
    }

    /**
     * The payout curve.
     *
     * @param curves  named curves in legend order (e.g. the scheme, or scheme A and B of a what-if)
     * @param marker  an attainment to mark (the plan, 100%), or empty
     */
    public static JFreeChart payoutCurve(Map<String, List<Point>> curves, Optional<BigDecimal> marker, String currency,
                                         Locale locale, Formats formats, ChartStyle style) {
        Texts t = Labels.of(locale);
        XYSeriesCollection data = new XYSeriesCollection();
        for (var c : curves.entrySet()) {
            XYSeries s = new XYSeries(c.getKey(), true, true);
            for (Point p : c.getValue()) {
                s.addOrUpdate(p.attainment().doubleValue(), p.pay().doubleValue());
            }
            data.addSeries(s);
        }
        NumberAxis x = new NumberAxis(t.get("curve.x"));
        x.setNumberFormatOverride(FiguresFormat.percents(formats));
        x.setAutoRangeIncludesZero(true);
        NumberAxis y = new NumberAxis(t.get("curve.y", currency));
        y.setNumberFormatOverride(FiguresFormat.amounts(formats, 0));
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        XYPlot plot = new XYPlot(data, x, y, r);
        ValueMarker plan = null;
        if (marker != null && marker.isPresent()) {
            plan = new ValueMarker(marker.get().doubleValue(), ChartStyle.BAD, new BasicStroke(1.5f));
            plan.setLabel(t.get("curve.marker", formats.percent(marker.get())));
            plan.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            plan.setLabelTextAnchor(TextAnchor.TOP_LEFT);
            plot.addDomainMarker(plan);
        }
        JFreeChart chart = new JFreeChart(t.get("curve.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, curves.size() > 1);
        style.apply(chart);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesStroke(i, new BasicStroke(2.5f));
        }
        if (plan != null) {
            FunnelCharts.markerLabel(plan, style);
        }
        return chart;
    }

    /** Pay per rep as stacked bars: fixed part and variable part. */
    public static JFreeChart statements(List<RepPay> reps, String currency, Locale locale, Formats formats,
                                        ChartStyle style) {
        Texts t = Labels.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String fixed = t.get("pay.fixed");
        String variable = t.get("pay.variable");
        for (RepPay p : reps) {
            data.addValue(p.fixed(), fixed, p.rep());
            data.addValue(p.variable(), variable, p.rep());
        }
        NumberAxis y = new NumberAxis(t.get("curve.y", currency));
        y.setNumberFormatOverride(FiguresFormat.amounts(formats, 0));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), y, new StackedBarRenderer());
        JFreeChart chart = new JFreeChart(t.get("pay.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return style.apply(chart);
    }
}
