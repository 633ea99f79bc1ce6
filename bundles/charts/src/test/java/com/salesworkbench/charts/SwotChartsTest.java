package com.salesworkbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Formats;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

class SwotChartsTest {

    private static SwotCharts.Factor f(String id, String q, String w, int r) {
        return new SwotCharts.Factor(id, q, new BigDecimal(w), r);
    }

    @Test
    void factorScoresAreWeightTimesRatingGroupedAndColouredByQuadrant() {
        List<SwotCharts.Factor> factors = List.of(f("S1", "S", "0.4", 4), f("W1", "W", "0.6", 1),
                f("O1", "O", "0.5", 3), f("T1", "T", "0.5", 2));
        JFreeChart chart = SwotCharts.factorScores(factors, Locale.forLanguageTag("ru"), new Formats(Locale.forLanguageTag("ru-RU")),
                ChartStyle.LIGHT);
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(1.6, plot.getDataset().getValue("Сильные стороны", "S1").doubleValue(), 1e-9);
        assertEquals(0.6, plot.getDataset().getValue("Слабые стороны", "W1").doubleValue(), 1e-9);
        String svg = ChartExport.svg(chart, 800, 500);
        for (String s : List.of("Оценка факторов (вес x оценка)", "Возможности", "Угрозы", "1,6", "1,5")) {
            assertTrue(svg.contains(s), s);
        }
        assertTrue(FunnelChartsTest.countColour(ChartExport.image(chart, 600, 400), ChartStyle.GOOD.getRGB()) > 500,
                "strengths in the good colour");
        assertThrows(IllegalArgumentException.class, () -> f("X1", "X", "0.1", 1));
    }

    @Test
    void matrixPlacesTheBoardAtItsTwoScores() {
        JFreeChart chart = SwotCharts.matrix(new BigDecimal("2.95"), new BigDecimal("3.10"), Locale.ENGLISH,
                new Formats(Locale.US), ChartStyle.LIGHT);
        assertEquals(2.95, chart.getXYPlot().getDataset().getXValue(0, 0), 1e-9);
        assertEquals(4.0, chart.getXYPlot().getRangeAxis().getUpperBound());
        String svg = ChartExport.svg(chart, 600, 600);
        for (String s : List.of("Internal-external matrix", "(2.95; 3.1)", "Internal score (strengths and weaknesses)")) {
            assertTrue(svg.contains(s), s);
        }
        assertTrue(FunnelChartsTest.countColour(ChartExport.image(chart, 600, 600), ChartStyle.FAN.getRGB()) > 50);
    }
}
