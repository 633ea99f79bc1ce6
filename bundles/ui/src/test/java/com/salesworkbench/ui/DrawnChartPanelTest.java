package com.salesworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.charts.ChartStyle;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;

class DrawnChartPanelTest {

    private static JFreeChart chart() {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(5, "plan", "Jan");
        data.addValue(7, "plan", "Feb");
        return ChartStyle.LIGHT.apply(ChartFactory.createBarChart("Plan", null, null, data));
    }

    private static BufferedImage paint(DrawnChartPanel panel) {
        BufferedImage out = new BufferedImage(panel.getWidth(), panel.getHeight(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        panel.paintComponent(g);
        g.dispose();
        return out;
    }

    @Test
    void showsTheBackgroundDrawingWithItsTooltipsUntilTheSizeChanges() {
        System.setProperty("java.awt.headless", "true");
        DrawnChartPanel panel = new DrawnChartPanel();
        assertNull(panel.drawSize(), "not laid out yet");
        assertNull(panel.getPopupMenu(), "the popup menu is made on the first right click, not when the view opens");
        assertNull(DrawnChartPanel.draw(chart(), null).image(), "no size: the panel draws the chart itself");
        panel.setSize(400, 300);
        Dimension size = panel.drawSize();
        DrawnChartPanel.Drawing drawing = DrawnChartPanel.draw(chart(), size);
        panel.show(drawing);

        BufferedImage painted = paint(panel);
        assertEquals(drawing.image().getRGB(200, 150), painted.getRGB(200, 150));
        assertEquals(drawing.image().getRGB(20, 10), painted.getRGB(20, 10));
        // the bars are entities of the background drawing: tooltips work before the panel drew anything
        BufferedImage image = drawing.image();
        int bars = panel.getChartRenderingInfo().getEntityCollection().getEntityCount();
        assertTrue(bars > 2, "entities: " + bars);
        assertNotNull(panel.getChartRenderingInfo().getPlotInfo().getDataArea());
        java.awt.geom.Rectangle2D bar = ((java.util.Collection<?>) panel.getChartRenderingInfo().getEntityCollection().getEntities())
                .stream().filter(e -> e instanceof org.jfree.chart.entity.CategoryItemEntity)
                .map(e -> ((org.jfree.chart.entity.ChartEntity) e).getArea().getBounds2D()).findFirst().orElseThrow();
        String tip = panel.getToolTipText(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0, (int) bar.getCenterX(),
                (int) bar.getCenterY(), 0, false));
        assertNotNull(tip);
        // a press hands the chart to ChartPanel, which then maps points itself (its scale known)
        panel.mousePressed(new MouseEvent(panel, MouseEvent.MOUSE_PRESSED, 0, 0, 5, 5, 1, false, MouseEvent.BUTTON1));
        assertEquals(tip, panel.getToolTipText(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, 0, 0, (int) bar.getCenterX(),
                (int) bar.getCenterY(), 0, false)));

        // resized: the panel draws the chart at its new size itself
        panel.setSize(500, 300);
        BufferedImage resized = paint(panel);
        assertEquals(500, resized.getWidth());
        assertTrue(Snapshots.inkedPixels(resized) > 1000);
        assertNotEquals(image.getWidth(), panel.getChartRenderingInfo().getChartArea().getWidth());
    }

    @Test
    void aChartMadeOnTheEventThreadIsDrawnInTheBackgroundAndOnlyTheLastOneIsShown() throws Exception {
        System.setProperty("java.awt.headless", "true");
        DeferredViewContext context = new DeferredViewContext();
        DrawnChartPanel panel = new DrawnChartPanel();
        JFreeChart notLaidOut = chart();
        panel.drawInBackground(context, notLaidOut);
        assertEquals(List.of(), context.titles(), "no size yet: the panel draws the chart itself as it first paints");
        assertSame(notLaidOut, panel.getChart());

        panel.setSize(400, 300);
        JFreeChart first = chart();
        JFreeChart second = chart();
        panel.drawInBackground(context, first);
        panel.drawInBackground(context, second);
        assertEquals(List.of("Drawing the chart", "Drawing the chart"), context.titles());
        assertSame(notLaidOut, panel.getChart(), "until a drawing is ready the panel keeps what it showed");
        context.finish(0);
        assertSame(notLaidOut, panel.getChart(), "an older drawing is not shown");
        context.finish(1);
        assertSame(second, panel.getChart());
        assertTrue(Snapshots.inkedPixels(paint(panel)) > 1000);

        panel.drawInBackground(context, first);
        panel.setChart(null);
        context.finish(2);
        assertNull(panel.getChart(), "a chart set directly wins over a drawing on its way");
    }
}
