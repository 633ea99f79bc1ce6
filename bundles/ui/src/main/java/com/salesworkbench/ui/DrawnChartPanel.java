package com.salesworkbench.ui;

import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.ui.internal.UiTexts;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.plot.PlotRenderingInfo;

/**
 * A chart panel whose chart can be drawn in a background task: the view reads {@link #drawSize()} on the event
 * thread, draws the chart with {@link #draw} off it (with its data), and {@link #show shows} the drawing on the
 * event thread; or, with a chart made already, hands it to {@link #drawInBackground}. The first paint then copies
 * an image instead of drawing the chart (axes, fans and text take 20-60 ms of the event thread for a forecast
 * chart). Tooltips and the chart's entities come from the background drawing; once the chart changes, the panel
 * is resized or the user presses the mouse on it (zoom, pan, the popup menu), it draws the chart itself like any
 * {@link ChartPanel}. Charts are drawn at the panel's own size (never scaled), so the image and the panel's own
 * drawing look the same.
 */
public class DrawnChartPanel extends ChartPanel {

    private static final long serialVersionUID = 1L;

    /** A chart drawn off the event thread: the image (null when the panel had no size yet) and what it holds. */
    public record Drawing(JFreeChart chart, BufferedImage image, ChartRenderingInfo info) {
    }

    private transient Drawing drawing;
    private final transient LatestLoad backgroundDraws = new LatestLoad();
    /**
     * Whether ChartPanel drew a chart itself: only then does it know its scale (it maps mouse points with it, and
     * before its first drawing that scale is 0).
     */
    private boolean drewItself;

    /**
     * An empty panel with tooltips and ChartPanel's popup menu; the menu (some twenty items) is made on the first
     * right click, not when the view opens. With ChartPanel's off-screen buffer: once drawn, repaints copy it.
     */
    public DrawnChartPanel() {
        super(null, DEFAULT_WIDTH, DEFAULT_HEIGHT, 0, 0, Integer.MAX_VALUE, Integer.MAX_VALUE, true,
                false, false, false, false, false, true);
    }

    /** A panel showing the chart, drawn on the event thread as ChartPanel does. */
    public DrawnChartPanel(JFreeChart chart) {
        this();
        setChart(chart);
    }

    /** On the event thread: the size to draw the chart at, or null when the panel is not laid out yet. */
    public Dimension drawSize() {
        Insets insets = getInsets();
        int w = getWidth() - insets.left - insets.right;
        int h = getHeight() - insets.top - insets.bottom;
        return w > 0 && h > 0 ? new Dimension(w, h) : null;
    }

    /**
     * Off the event thread: draws a chart no panel shows yet into an image of the given size.
     *
     * @param size {@link #drawSize()} as read on the event thread; null draws nothing (the panel will)
     */
    public static Drawing draw(JFreeChart chart, Dimension size) {
        if (chart == null || size == null) {
            return new Drawing(chart, null, null);
        }
        BufferedImage image = new BufferedImage(size.width, size.height, BufferedImage.TYPE_INT_ARGB);
        ChartRenderingInfo info = new ChartRenderingInfo();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            chart.draw(g, new Rectangle2D.Double(0, 0, size.width, size.height), null, info);
        } finally {
            g.dispose();
        }
        return new Drawing(chart, image, info);
    }

    /**
     * On the event thread: shows {@code chart} drawn by a background task at the panel's size; until it is drawn,
     * the panel shows what it showed. A panel not laid out yet (no size to draw at) draws the chart itself as it
     * first paints. Of several charts given in a row, only the last one is shown.
     */
    public void drawInBackground(ViewContext context, JFreeChart chart) {
        Dimension size = drawSize();
        if (chart == null || size == null) {
            setChart(chart);
            return;
        }
        backgroundDraws.start(context, UiTexts.of(context.locale()).get("chart.drawing"), progress -> draw(chart, size),
                this::show, error -> setChart(chart));
    }

    /** On the event thread: shows a chart drawn by {@link #draw}. */
    public void show(Drawing d) {
        setChart(d.chart());
        if (d.image() != null) {
            drawing = d;
            ChartRenderingInfo info = getChartRenderingInfo();
            info.clear();
            info.setChartArea(d.info().getChartArea());
            info.setEntityCollection(d.info().getEntityCollection());
            copy(d.info().getPlotInfo(), info.getPlotInfo());
        }
    }

    private static void copy(PlotRenderingInfo from, PlotRenderingInfo to) {
        to.setPlotArea(from.getPlotArea());
        to.setDataArea(from.getDataArea());
        for (int i = 0; i < from.getSubplotCount(); i++) {
            to.addSubplotInfo(from.getSubplotInfo(i));
        }
    }

    /** Shows the chart (drawn by the panel as it paints); a background drawing on its way is not shown any more. */
    @Override
    public void setChart(JFreeChart chart) {
        drawing = null;
        if (backgroundDraws != null) { // null while ChartPanel's constructor sets the first chart
            backgroundDraws.drop();
        }
        super.setChart(chart);
    }

    @Override
    public void chartChanged(ChartChangeEvent event) {
        drawing = null;
        super.chartChanged(event);
    }

    @Override
    public void paintComponent(Graphics g) {
        Drawing d = drawing;
        Dimension size = drawSize();
        // the image only while it is exactly what the panel would draw: same chart, same size, no scaled display
        if (d != null && d.chart() == getChart() && size != null && size.width == d.image().getWidth()
                && size.height == d.image().getHeight() && ((Graphics2D) g).getTransform().getScaleX() == 1
                && ((Graphics2D) g).getTransform().getScaleY() == 1) {
            g.setColor(getBackground());
            g.fillRect(0, 0, getWidth(), getHeight());
            Insets insets = getInsets();
            g.drawImage(d.image(), insets.left, insets.top, null);
            return;
        }
        drawing = null;
        drewItself |= getChart() != null;
        super.paintComponent(g);
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        Drawing d = drawing;
        if (drewItself || d == null) {
            return super.getToolTipText(e);
        }
        Insets insets = getInsets(); // the background drawing's entities, at scale 1
        ChartEntity entity = getChartRenderingInfo().getEntityCollection().getEntity(e.getX() - insets.left, e.getY() - insets.top);
        return entity == null ? null : entity.getToolTipText();
    }

    /** The user works with the chart (zoom, pan, the popup menu): from now on ChartPanel draws it itself. */
    @Override
    public void mousePressed(MouseEvent e) {
        drawing = null;
        if (!drewItself && getChart() != null) {
            // ChartPanel learns its scale by drawing: once, into a scratch image, before it maps the press
            Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();
            try {
                paintComponent(g);
            } finally {
                g.dispose();
            }
        }
        popupWhenAsked(e);
        super.mousePressed(e);
    }

    @Override
    public void mouseReleased(MouseEvent e) {
        popupWhenAsked(e);
        super.mouseReleased(e);
    }

    private void popupWhenAsked(MouseEvent e) {
        if (e.isPopupTrigger() && getPopupMenu() == null) {
            setPopupMenu(createPopupMenu(true, true, true, true, true));
        }
    }
}
