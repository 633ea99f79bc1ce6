package com.salesworkbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Formats;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class FunnelChartsTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    /** The reverse-funnel worked example of the domain notes: 10 000 000 / 100 000 -> 100 deals <- 1 000, 2 500, 3 125. */
    private static List<FunnelCharts.StageBar> reverseExample() {
        return List.of(
                new FunnelCharts.StageBar("lead", 3125, Optional.of(new BigDecimal("0.8"))),
                new FunnelCharts.StageBar("meeting", 2500, Optional.of(new BigDecimal("0.4"))),
                new FunnelCharts.StageBar("opportunity", 1000, Optional.of(new BigDecimal("0.1"))),
                new FunnelCharts.StageBar("deal", 100, Optional.empty()));
    }

    @Test
    void reverseFunnelShowsEveryStageWithItsCountAndConversionInTheClientsFormat() {
        JFreeChart chart = FunnelCharts.reverse(reverseExample(), Locale.ENGLISH, new Formats(RU), ChartStyle.LIGHT);
        String svg = ChartExport.svg(chart, 800, 500);
        assertTrue(svg.contains("Reverse funnel: what the target needs"), "title");
        // Russian grouping (a no-break space) and percent for the figures, English for the words
        assertTrue(svg.contains("3\u00a0125  (80\u00a0% to next)"), svg.length() + " chars");
        assertTrue(svg.contains("1\u00a0000  (10\u00a0% to next)"));
        assertTrue(svg.contains(">100<"), "the deals bar has no conversion after it");
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(3125.0, plot.getDataset().getValue(0, 0).doubleValue());
        assertEquals(List.of("lead", "meeting", "opportunity", "deal"), plot.getDataset().getColumnKeys());
    }

    @Test
    void funnelTitleFollowsTheLanguageAndBarsArePainted() {
        for (Locale l : List.of(Locale.ENGLISH, RU, Locale.CHINESE)) {
            JFreeChart chart = FunnelCharts.funnel(reverseExample(), l, new Formats(Locale.US), ChartStyle.DARK);
            String title = chart.getTitle().getText();
            assertEquals(l == RU ? "Воронка по этапам" : l == Locale.CHINESE ? "阶段漏斗" : "Stage funnel", title);
            BufferedImage image = ChartExport.image(chart, 600, 400);
            assertTrue(countColour(image, ChartStyle.PALETTE.get(0).getRGB()) > 2000, "bars in the series colour");
        }
    }

    @Test
    void rangeShowsTheThreeQuantilesThePlanAndItsChance() {
        FunnelCharts.Range range = new FunnelCharts.Range(new BigDecimal("820000"), new BigDecimal("1040000"),
                new BigDecimal("1250000"), new BigDecimal("1100000"), 0.375, "RUB");
        JFreeChart chart = FunnelCharts.range(range, RU, new Formats(RU), ChartStyle.LIGHT);
        String svg = ChartExport.svg(chart, 800, 500);
        for (String s : List.of("Диапазон воронки", "P10 (пессимистичный)", "P50 (медиана)", "P90 (оптимистичный)",
                "1\u00a0040\u00a0000", "План 1\u00a0100\u00a0000", "Вероятность выполнить план: 37,5\u00a0%")) {
            assertTrue(svg.contains(s), s);
        }
        // a vertical axis label is drawn rotated (as shapes), so it is checked on the chart
        assertEquals("Выручка, RUB", chart.getCategoryPlot().getRangeAxis().getLabel());
        // the plan's label in the workbench font, so Cyrillic and Chinese survive SVG and PDF export
        org.jfree.chart.plot.Marker plan = (org.jfree.chart.plot.Marker) chart.getCategoryPlot().getRangeMarkers(org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(chart.getTitle().getFont().getFamily(), plan.getLabelFont().getFamily());
        // the plan line sits on the axis even above P90
        assertTrue(chart.getCategoryPlot().getRangeAxis().getUpperBound() > 1_250_000);
    }

    static long countColour(BufferedImage image, int argb) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == argb) {
                    n++;
                }
            }
        }
        return n;
    }
}
