package com.salesworkbench.charts;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.charts.internal.figures.FiguresFormat;
import com.salesworkbench.charts.internal.funnel.Labels;
import java.awt.BasicStroke;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Charts of the funnel module: the stage funnel with its conversions, the reverse funnel (what a target
 * needs at each stage) and the pipeline's P10 / P50 / P90 range against the plan. Plain figures in, so the
 * window, file export and the report draw the same chart.
 */
public final class FunnelCharts {

    private FunnelCharts() {
    }

    /**
     * One bar of a funnel.
     *
     * @param stage      the stage label as the user named it
     * @param count      deals (or items needed) at the stage
     * @param conversion share reaching the next stage (after the last: won); empty when unknown
     */
    public record StageBar(String stage, long count, Optional<BigDecimal> conversion) {
        public StageBar {
            Objects.requireNonNull(stage, "stage");
            conversion = conversion == null ? Optional.empty() : conversion;
        }
    }

    /**
     * The revenue range of a pipeline from a simulation, in major units of its currency.
     *
     * @param probabilityOfPlan share of outcomes at or above the plan (0..1)
     */
    public record Range(BigDecimal p10, BigDecimal p50, BigDecimal p90, BigDecimal plan, double probabilityOfPlan,
                        String currency) {
        public Range {
            Objects.requireNonNull(p10, "p10");
            Objects.requireNonNull(p50, "p50");
            Objects.requireNonNull(p90, "p90");
            Objects.requireNonNull(currency, "currency");
        }
    }

    /** The stage funnel: deals reaching each stage, earliest on top, each bar labelled with its conversion. */
    public static JFreeChart funnel(List<StageBar> stages, Locale locale, Formats formats, ChartStyle style) {
        Texts t = Labels.of(locale);
        return bars(t.get("funnel.title"), t.get("funnel.axis"), stages, t, formats, style);
    }

    /** The reverse funnel: how many items each stage needs for the target, with the conversion assumed. */
    public static JFreeChart reverse(List<StageBar> needs, Locale locale, Formats formats, ChartStyle style) {
        Texts t = Labels.of(locale);
        return bars(t.get("reverse.title"), t.get("reverse.axis"), needs, t, formats, style);
    }

    private static JFreeChart bars(String title, String axis, List<StageBar> stages, Texts t, Formats formats,
                                   ChartStyle style) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = axis;
        for (StageBar s : stages) {
            data.addValue(s.count(), series, s.stage());
        }
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(axis), new BarRenderer());
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(FiguresFormat.amounts(formats, 0));
        ((NumberAxis) plot.getRangeAxis()).setUpperMargin(0.45); // room for the labels right of the bars
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator() {
            private static final long serialVersionUID = 1L;

            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                StageBar s = stages.get(column);
                String count = formats.count(s.count());
                return s.conversion().map(c -> t.get("funnel.barLabel", count, formats.percent(c))).orElse(count);
            }
        });
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(chart);
        r.setDefaultItemLabelPaint(style.text());
        r.setSeriesPaint(0, ChartStyle.PALETTE.get(0));
        return chart;
    }

    /** A marker's label in the workbench font (Cyrillic and Chinese in exports too) on the chart's background. */
    static void markerLabel(ValueMarker marker, ChartStyle style) {
        marker.setLabelPaint(style.text());
        marker.setLabelBackgroundColor(ChartStyle.translucent(style.background(), 200));
        marker.setLabelFont(com.salesworkbench.fonts.WorkbenchFonts.font(com.salesworkbench.fonts.WorkbenchFonts.Face.REGULAR, 11f));
    }

    /** The pipeline's range: P10, P50 and P90 as bars, the plan as a line, the chance of the plan below the title. */
    public static JFreeChart range(Range range, Locale locale, Formats formats, ChartStyle style) {
        Texts t = Labels.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        String series = t.get("range.series");
        data.addValue(range.p10(), series, t.get("range.p10"));
        data.addValue(range.p50(), series, t.get("range.p50"));
        data.addValue(range.p90(), series, t.get("range.p90"));
        NumberAxis value = new NumberAxis(t.get("range.axis", range.currency()));
        value.setNumberFormatOverride(FiguresFormat.amounts(formats, 0));
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), value, new BarRenderer());
        BarRenderer r = (BarRenderer) plot.getRenderer();
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", FiguresFormat.amounts(formats, 0)));
        r.setDefaultItemLabelsVisible(true);
        value.setUpperMargin(0.15);
        JFreeChart chart = new JFreeChart(t.get("range.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        if (range.plan() != null) {
            value.setAutoRangeIncludesZero(true);
            ValueMarker plan = new ValueMarker(range.plan().doubleValue(), ChartStyle.BAD, new BasicStroke(2f));
            plan.setLabel(t.get("range.plan", formats.amount(range.plan(), 0)));
            plan.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            plan.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(plan, Layer.FOREGROUND);
            // the plan must be on the axis even when every outcome is far below it
            double top = Math.max(range.p90().doubleValue(), range.plan().doubleValue());
            value.setRange(0, top * 1.15 + 1);
            chart.addSubtitle(new TextTitle(t.get("range.chance", formats.percent(range.probabilityOfPlan()))));
        }
        style.apply(chart);
        r.setDefaultItemLabelPaint(style.text());
        r.setSeriesPaint(0, ChartStyle.PALETTE.get(0));
        if (range.plan() != null) {
            ValueMarker plan = (ValueMarker) plot.getRangeMarkers(Layer.FOREGROUND).iterator().next();
            markerLabel(plan, style);
        }
        return chart;
    }
}
