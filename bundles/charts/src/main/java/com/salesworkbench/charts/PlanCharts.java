package com.salesworkbench.charts;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.charts.internal.series.SeriesChartSupport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts of a sales plan: the plan by period stacked by member (e.g. by manager) with the actual beside it,
 * and plan against actual per member with the actual coloured {@link ChartStyle#GOOD} at or above plan and
 * {@link ChartStyle#BAD} below. Plain data in, a styled chart out: the window, PNG / SVG export and the
 * reports use the same builders.
 */
public final class PlanCharts {

    private PlanCharts() {
    }

    /**
     * The plan by period, one stacked bar per period with a segment per member, and the actual total as a
     * line where actuals exist.
     *
     * @param planByMember member (manager, product...) -> period -> plan amount; members in legend order
     * @param actual       period -> actual amount, empty when there are no actuals
     * @param language     the language of the chart's texts and month names
     * @param formats      the client's number format for the value axis
     */
    public static JFreeChart byPeriod(String title, Map<String, Map<PlanPeriod, BigDecimal>> planByMember,
            Map<PlanPeriod, BigDecimal> actual, Locale language, Formats formats, ChartStyle style) {
        Texts t = SeriesChartSupport.texts(language);
        SortedSet<PlanPeriod> periods = new TreeSet<>();
        planByMember.values().forEach(m -> periods.addAll(m.keySet()));
        periods.addAll(actual.keySet());
        DefaultCategoryDataset plan = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<PlanPeriod, BigDecimal>> e : planByMember.entrySet()) {
            for (PlanPeriod p : periods) {
                BigDecimal v = e.getValue().get(p);
                plan.addValue(v == null ? 0 : v.doubleValue(), e.getKey(), SeriesChartSupport.label(p, language));
            }
        }
        CategoryAxis domain = new CategoryAxis();
        NumberAxis range = SeriesChartSupport.numberAxis(t.get("plan.byPeriod.axis"), formats, 0);
        SeriesChartSupport.keepZero(range);
        StackedBarRenderer bars = new StackedBarRenderer();
        CategoryPlot plot = new CategoryPlot(plan, domain, range, bars);
        plot.setOrientation(PlotOrientation.VERTICAL);
        if (periods.size() > 8) {
            domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        JFreeChart chart = style.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        for (int i = 0; i < plan.getRowCount(); i++) {
            bars.setSeriesPaint(i, ChartStyle.PALETTE.get((i + 1) % ChartStyle.PALETTE.size()));
        }
        bars.setMaximumBarWidth(0.12);
        if (!actual.isEmpty()) {
            DefaultCategoryDataset fact = new DefaultCategoryDataset();
            for (PlanPeriod p : periods) {
                BigDecimal v = actual.get(p);
                fact.addValue(v == null ? null : v.doubleValue(), t.get("plan.actual"), SeriesChartSupport.label(p, language));
            }
            LineAndShapeRenderer line = new LineAndShapeRenderer(true, true);
            line.setSeriesPaint(0, ChartStyle.PALETTE.get(0));
            line.setSeriesStroke(0, new BasicStroke(2.5f));
            plot.setDataset(1, fact);
            plot.setRenderer(1, line);
            plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        }
        return chart;
    }

    /**
     * Plan against actual per member: a plan bar and an actual bar for each, the actual green when it reaches
     * the plan and red when it falls short. Members without an actual show the plan only.
     */
    public static JFreeChart planVsActual(String title, Map<String, BigDecimal> plan, Map<String, BigDecimal> actual,
            Locale language, Formats formats, ChartStyle style) {
        Texts t = SeriesChartSupport.texts(language);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String planKey = t.get("plan.plan");
        String actualKey = t.get("plan.actual");
        for (Map.Entry<String, BigDecimal> e : plan.entrySet()) {
            data.addValue(e.getValue().doubleValue(), planKey, e.getKey());
            BigDecimal a = actual.get(e.getKey());
            data.addValue(a == null ? null : a.doubleValue(), actualKey, e.getKey());
        }
        BarRenderer bars = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                if (row == 1) {
                    Number p = data.getValue(0, column);
                    Number a = data.getValue(1, column);
                    if (p != null && a != null) {
                        return a.doubleValue() >= p.doubleValue() ? ChartStyle.GOOD : ChartStyle.BAD;
                    }
                }
                return super.getItemPaint(row, column);
            }

            @Override
            public LegendItemCollection getLegendItems() {
                LegendItemCollection items = new LegendItemCollection();
                items.add(new LegendItem(planKey, ChartStyle.PALETTE.get(1)));
                items.add(new LegendItem(actualKey + ": " + t.get("plan.vsActual.above"), ChartStyle.GOOD));
                items.add(new LegendItem(actualKey + ": " + t.get("plan.vsActual.below"), ChartStyle.BAD));
                return items;
            }
        };
        NumberAxis range = SeriesChartSupport.numberAxis(t.get("plan.byPeriod.axis"), formats, 0);
        SeriesChartSupport.keepZero(range);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(), range, bars);
        JFreeChart chart = style.apply(new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true));
        bars.setSeriesPaint(0, ChartStyle.PALETTE.get(1));
        bars.setSeriesPaint(1, Color.GRAY);
        bars.setMaximumBarWidth(0.2);
        return chart;
    }
}
