package com.salesworkbench.charts;

import com.salesworkbench.fonts.WorkbenchFonts;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.ChartTheme;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;

/**
 * The look of every chart: the workbench font (so Cyrillic and Chinese labels render on any machine), a
 * palette that reads in print and on screen, and a light or dark background to match the window.
 */
public enum ChartStyle {
    LIGHT(new Color(0xFFFFFF), new Color(0x212121), new Color(0xE0E0E0)),
    DARK(new Color(0x2B2B2B), new Color(0xDDDDDD), new Color(0x4A4A4A));

    /** Series colours in order: actual, plan / forecast, then further series. */
    public static final List<Color> PALETTE = List.of(
            new Color(0x1F77B4), new Color(0xFF7F0E), new Color(0x2CA02C), new Color(0xD62728),
            new Color(0x9467BD), new Color(0x8C564B), new Color(0xE377C2), new Color(0x7F7F7F));

    /** Colours with meaning, the same in every chart: above plan, below plan, interval fan. */
    public static final Color GOOD = new Color(0x2E7D32);
    public static final Color BAD = new Color(0xC62828);
    public static final Color FAN = new Color(0xFF7F0E);

    private final Color background;
    private final Color text;
    private final Color grid;

    ChartStyle(Color background, Color text, Color grid) {
        this.background = background;
        this.text = text;
        this.grid = grid;
    }

    public Color background() {
        return background;
    }

    public Color text() {
        return text;
    }

    public Color grid() {
        return grid;
    }

    /** A translucent version of a colour, e.g. for an interval band: alpha 0..255. */
    public static Color translucent(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** Applies this style to a chart built by one of the chart classes; returns the chart. */
    public JFreeChart apply(JFreeChart chart) {
        theme().apply(chart);
        return chart;
    }

    private ChartTheme theme() {
        StandardChartTheme t = new StandardChartTheme(name(), false);
        Font regular = WorkbenchFonts.font(WorkbenchFonts.Face.REGULAR, 11f);
        Font bold = WorkbenchFonts.font(WorkbenchFonts.Face.BOLD, 14f);
        t.setExtraLargeFont(bold.deriveFont(16f));
        t.setLargeFont(bold);
        t.setRegularFont(regular);
        t.setSmallFont(regular.deriveFont(10f));
        t.setChartBackgroundPaint(background);
        t.setPlotBackgroundPaint(background);
        t.setLegendBackgroundPaint(background);
        t.setTitlePaint(text);
        t.setSubtitlePaint(text);
        t.setLegendItemPaint(text);
        t.setAxisLabelPaint(text);
        t.setTickLabelPaint(text);
        t.setItemLabelPaint(text);
        t.setDomainGridlinePaint(grid);
        t.setRangeGridlinePaint(grid);
        t.setPlotOutlinePaint(grid);
        t.setBarPainter(new StandardBarPainter());
        t.setXYBarPainter(new StandardXYBarPainter());
        t.setShadowVisible(false);
        BarRenderer.setDefaultShadowsVisible(false);
        Paint[] paints = PALETTE.toArray(new Paint[0]);
        t.setDrawingSupplier(new DefaultDrawingSupplier(paints, paints, paints,
                new java.awt.Stroke[] {new BasicStroke(2f)},
                new java.awt.Stroke[] {new BasicStroke(1f)},
                DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
        return t;
    }
}
