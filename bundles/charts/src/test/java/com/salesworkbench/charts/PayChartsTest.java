package com.salesworkbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Formats;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class PayChartsTest {

    private static PayCharts.Point p(String a, String pay) {
        return new PayCharts.Point(new BigDecimal(a), new BigDecimal(pay));
    }

    @Test
    void payoutCurveDrawsEverySchemeAgainstAttainmentWithThePlanMarked() {
        Map<String, List<PayCharts.Point>> curves = new LinkedHashMap<>();
        curves.put("Base 2026", List.of(p("0", "70000"), p("1", "100000"), p("1.5", "145000")));
        curves.put("Accelerated", List.of(p("0", "70000"), p("1", "100000"), p("1.5", "160000")));
        JFreeChart chart = PayCharts.payoutCurve(curves, Optional.of(BigDecimal.ONE), "RUB", Locale.CHINESE,
                new Formats(Locale.forLanguageTag("zh-CN")), ChartStyle.LIGHT);
        XYPlot plot = chart.getXYPlot();
        assertEquals(2, plot.getDataset().getSeriesCount());
        assertEquals(160000.0, plot.getDataset().getYValue(1, 2));
        String svg = ChartExport.svg(chart, 800, 500);
        for (String s : List.of("薪酬曲线", "计划完成率", "计划 100%", "Base 2026", "Accelerated", "100,000")) {
            assertTrue(svg.contains(s), s);
        }
        assertEquals("薪酬，RUB", plot.getRangeAxis().getLabel());
        assertTrue(FunnelChartsTest.countColour(ChartExport.image(chart, 600, 400), ChartStyle.PALETTE.get(0).getRGB()) > 200);
    }

    @Test
    void statementsStackFixedAndVariablePerRep() {
        JFreeChart chart = PayCharts.statements(List.of(
                new PayCharts.RepPay("Иванов", new BigDecimal("70000"), new BigDecimal("36000")),
                new PayCharts.RepPay("Петров", new BigDecimal("70000"), new BigDecimal("0"))),
                "RUB", Locale.forLanguageTag("ru"), new Formats(Locale.forLanguageTag("ru-RU")), ChartStyle.DARK);
        String svg = ChartExport.svg(chart, 700, 400);
        for (String s : List.of("Выплаты по менеджерам", "Оклад", "Переменная часть", "Иванов", "Петров")) {
            assertTrue(svg.contains(s), s);
        }
        assertEquals(36000.0, chart.getCategoryPlot().getDataset().getValue("Переменная часть", "Иванов").doubleValue());
    }
}
