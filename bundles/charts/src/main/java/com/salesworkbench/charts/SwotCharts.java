package com.salesworkbench.charts;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.charts.internal.figures.FiguresFormat;
import com.salesworkbench.charts.internal.swot.Labels;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of the SWOT module: each factor's weighted score (weight x rating) by quadrant, and the board's place
 * in the internal-external matrix (both scores run from 1 to 4; the bands split at 2 and 3).
 */
public final class SwotCharts {

    /** The quadrant codes in board order: strengths, weaknesses, opportunities, threats. */
    public static final List<String> QUADRANTS = List.of("S", "W", "O", "T");

    private SwotCharts() {
    }

    /**
     * One scored factor.
     *
     * @param quadrant {@code S}, {@code W}, {@code O} or {@code T}
     * @param weight   0..1 within its side
     * @param rating   1..4
     */
    public record Factor(String id, String quadrant, BigDecimal weight, int rating) {
        public Factor {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(weight, "weight");
            if (!QUADRANTS.contains(quadrant)) {
                throw new IllegalArgumentException("quadrant is one of " + QUADRANTS + ", not " + quadrant);
            }
        }

        public BigDecimal score() {
            return weight.multiply(BigDecimal.valueOf(rating));
        }
    }

    /** Weighted score of every factor, one colour per quadrant, each bar labelled with its score. */
    public static JFreeChart factorScores(List<Factor> factors, Locale locale, Formats formats, ChartStyle style) {
        Texts t = Labels.of(locale);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String q : QUADRANTS) {
            for (Factor f : factors) {
                if (f.quadrant().equals(q)) {
                    data.addValue(f.score(), t.get("quadrant." + q), f.id());
                }
            }
        }
        NumberAxis y = new NumberAxis(t.get("scores.axis"));
        y.setNumberFormatOverride(FiguresFormat.amounts(formats, 2));
        y.setUpperMargin(0.15);
        // stacked: each factor is in one quadrant only, so its bar takes the whole category
        BarRenderer r = new StackedBarRenderer();
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", FiguresFormat.amounts(formats, 2)));
        r.setDefaultItemLabelsVisible(true);
        CategoryPlot plot = new CategoryPlot(data, new CategoryAxis(null), y, r);
        JFreeChart chart = new JFreeChart(t.get("scores.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        style.apply(chart);
        r.setDefaultItemLabelPaint(style.text());
        for (int i = 0; i < data.getRowCount(); i++) {
            String q = QUADRANTS.get(QUADRANTS.indexOf(codeOf(t, data.getRowKey(i).toString())));
            r.setSeriesPaint(i, colour(q));
        }
        return chart;
    }

    private static String codeOf(Texts t, String label) {
        for (String q : QUADRANTS) {
            if (t.get("quadrant." + q).equals(label)) {
                return q;
            }
        }
        throw new IllegalStateException(label);
    }

    /** The same colour for a quadrant in every SWOT chart: strengths and opportunities good, the others bad. */
    public static Color colour(String quadrant) {
        return switch (quadrant) {
            case "S" -> ChartStyle.GOOD;
            case "W" -> ChartStyle.BAD;
            case "O" -> ChartStyle.PALETTE.get(0);
            default -> ChartStyle.PALETTE.get(1);
        };
    }

    /** The internal-external matrix: the board's point at (internal score, external score) in the nine cells. */
    public static JFreeChart matrix(BigDecimal internal, BigDecimal external, Locale locale, Formats formats,
                                    ChartStyle style) {
        Texts t = Labels.of(locale);
        XYSeries s = new XYSeries(t.get("matrix.point"));
        s.add(internal.doubleValue(), external.doubleValue());
        NumberAxis x = new NumberAxis(t.get("matrix.internal"));
        NumberAxis y = new NumberAxis(t.get("matrix.external"));
        for (NumberAxis a : List.of(x, y)) {
            a.setRange(1, 4);
            a.setTickUnit(new NumberTickUnit(0.5, FiguresFormat.amounts(formats, 1)));
        }
        x.setInverted(true); // the IE matrix puts strong (4) on the left, as in the textbooks
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-7, -7, 14, 14));
        XYPlot plot = new XYPlot(new XYSeriesCollection(s), x, y, r);
        JFreeChart chart = new JFreeChart(t.get("matrix.title"), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        style.apply(chart);
        for (double v : new double[] {2, 3}) {
            plot.addDomainMarker(new ValueMarker(v, style.text(), new BasicStroke(1f)));
            plot.addRangeMarker(new ValueMarker(v, style.text(), new BasicStroke(1f)));
        }
        r.setSeriesPaint(0, ChartStyle.FAN);
        XYTextAnnotation label = new XYTextAnnotation(t.get("matrix.label",
                formats.amount(internal, 2), formats.amount(external, 2)), internal.doubleValue(), external.doubleValue());
        label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
        label.setPaint(style.text());
        label.setFont(chart.getTitle().getFont().deriveFont(11f));
        plot.addAnnotation(label);
        return chart;
    }
}
