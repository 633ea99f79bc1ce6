package com.salesworkbench.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

/** The plan, forecast and seasonal charts render headless, in every language, with the colours that carry meaning. */
class SeriesChartsTest {

    private static final Locale RU = Locale.forLanguageTag("ru-RU");
    private static final Formats RU_FIGURES = new Formats(RU);
    private static final PlanPeriod JUNE = PlanPeriod.month(YearMonth.of(2026, 6));

    private static Map<String, Map<PlanPeriod, BigDecimal>> summerPlan() {
        // Table 4 of the planning article: money by manager and month
        Map<String, Map<PlanPeriod, BigDecimal>> plan = new LinkedHashMap<>();
        plan.put("Ivanov I.A.", Map.of(JUNE, new BigDecimal("1162500"), JUNE.next(), new BigDecimal("975000"),
                JUNE.plus(2), new BigDecimal("1162500")));
        plan.put("Petrov B.B.", Map.of(JUNE, new BigDecimal("2490000"), JUNE.next(), new BigDecimal("2490000"),
                JUNE.plus(2), new BigDecimal("1660000")));
        return plan;
    }

    @Test
    void planByPeriodStacksMembersAndNamesMonthsInTheLanguage() {
        Map<PlanPeriod, BigDecimal> actual = Map.of(JUNE, new BigDecimal("3800000"));
        for (Locale lang : List.of(Locale.ENGLISH, RU, Locale.CHINESE)) {
            JFreeChart chart = PlanCharts.byPeriod("Plan 2026", summerPlan(), actual, lang, RU_FIGURES, ChartStyle.LIGHT);
            String svg = ChartExport.svg(chart, 800, 500);
            assertTrue(svg.contains("Plan 2026"));
            assertTrue(svg.contains("Ivanov I.A.") && svg.contains("Petrov B.B."), "legend names the managers");
            String june = java.time.Month.JUNE.getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, lang);
            assertTrue(svg.contains(june + " 2026"), lang + ": " + june);
        }
        String ru = ChartExport.svg(PlanCharts.byPeriod("П", summerPlan(), actual, RU, RU_FIGURES, ChartStyle.LIGHT), 800, 500);
        assertTrue(ru.contains("Факт"), "the actual line is in the legend");
        // the value axis uses the client's grouping (a no-break space in ru-RU): 3 000 000 somewhere on the axis
        assertTrue(ru.replace('\u00a0', ' ').matches("(?s).*>\\d (\\d{3} )?000<.*|(?s).*>\\d \\d{3} \\d{3}<.*"), "grouped tick labels");
    }

    @Test
    void planVsActualColoursTheActualGoodOrBad() {
        Map<String, BigDecimal> plan = new LinkedHashMap<>();
        plan.put("Ivanov I.A.", new BigDecimal("3300000"));
        plan.put("Petrov B.B.", new BigDecimal("6640000"));
        Map<String, BigDecimal> actual = Map.of("Ivanov I.A.", new BigDecimal("3500000"), "Petrov B.B.", new BigDecimal("6000000"));
        BufferedImage img = ChartExport.image(
                PlanCharts.planVsActual("Plan vs actual", plan, actual, Locale.ENGLISH, RU_FIGURES, ChartStyle.LIGHT), 600, 400);
        assertTrue(count(img, ChartStyle.GOOD) > 500, "Ivanov is above plan: a green bar");
        assertTrue(count(img, ChartStyle.BAD) > 500, "Petrov is below plan: a red bar");
        String svg = ChartExport.svg(
                PlanCharts.planVsActual("План и факт", plan, actual, RU, RU_FIGURES, ChartStyle.DARK), 600, 400);
        assertTrue(svg.contains("Факт: выше плана") && svg.contains("Факт: ниже плана"), "legend says what the colours mean");
    }

    private static TimeSeries history() {
        double[] y = new double[36];
        for (int i = 0; i < y.length; i++) {
            y[i] = 1000 + 10 * i + 200 * Math.sin(2 * Math.PI * i / 12);
        }
        return new TimeSeries("roses", PlanPeriod.month(YearMonth.of(2023, 1)), y);
    }

    private static Forecast forecast() {
        int h = 12;
        double[] mean = new double[h];
        double[] l80 = new double[h];
        double[] u80 = new double[h];
        double[] l95 = new double[h];
        double[] u95 = new double[h];
        for (int i = 0; i < h; i++) {
            mean[i] = 1400 + 10 * i;
            l80[i] = mean[i] - 50 - 10 * i;
            u80[i] = mean[i] + 50 + 10 * i;
            l95[i] = mean[i] - 90 - 20 * i;
            u95[i] = mean[i] + 90 + 20 * i;
        }
        return new Forecast(PlanPeriod.month(YearMonth.of(2026, 1)), mean,
                List.of(new Forecast.Interval(80, l80, u80), new Forecast.Interval(95, l95, u95)));
    }

    @Test
    void forecastShowsHistoryForecastAndATranslucentFan() {
        JFreeChart chart = ForecastCharts.forecast("roses", history(), forecast(), "ETS(A,N,A)", RU, RU_FIGURES, ChartStyle.LIGHT);
        XYPlot plot = chart.getXYPlot();
        assertEquals(2, plot.getDataset(0).getSeriesCount(), "history and forecast lines");
        assertEquals(37, plot.getDataset(0).getItemCount(0) + 1, "every observation");
        assertEquals(13, plot.getDataset(0).getItemCount(1), "forecast joined to the last observation");
        assertEquals(2, plot.getDataset(1).getSeriesCount(), "80% and 95% bands");
        String svg = ChartExport.svg(chart, 800, 500);
        for (String s : List.of("История", "Прогноз (ETS(A,N,A))", "Интервал 80%", "Интервал 95%")) {
            assertTrue(svg.contains(s), s);
        }
        BufferedImage img = ChartExport.image(chart, 800, 500);
        long fan = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y), true);
                // orange washed over white: red stays high, blue drops, not the opaque FAN colour itself
                if (c.getRed() > 240 && c.getBlue() < 235 && c.getBlue() > 120 && c.getGreen() > c.getBlue()) {
                    fan++;
                }
            }
        }
        assertTrue(fan > 3000, "a translucent fan is painted: " + fan);
        String zh = ChartExport.svg(ForecastCharts.forecast("玫瑰", history(), forecast(), "ETS", Locale.CHINESE,
                new Formats(Locale.CHINA), ChartStyle.DARK), 800, 500);
        assertTrue(zh.contains("历史") && zh.contains("80% 区间"));
    }

    @Test
    void yearlyForecastsAreLabelledByYear() {
        TimeSeries years = new TimeSeries("total", PlanPeriod.year(2014), new double[] {81600, 88426, 96320, 104320, 112000});
        JFreeChart chart = ForecastCharts.forecast("total", years, null, null, Locale.ENGLISH, RU_FIGURES, ChartStyle.LIGHT);
        String svg = ChartExport.svg(chart, 600, 300);
        assertTrue(svg.contains(">2015<") && !svg.contains("Jan 2015"), "years, not January of each year");
    }

    @Test
    void forecastWithoutAForecastStillShowsTheHistory() {
        JFreeChart chart = ForecastCharts.forecast("roses", history(), null, null, Locale.ENGLISH, RU_FIGURES, ChartStyle.LIGHT);
        assertEquals(1, chart.getXYPlot().getDataset(0).getSeriesCount());
        assertTrue(ChartExport.svg(chart, 400, 300).contains("History"));
    }

    @Test
    void seasonalProfileAndDecompositionInEveryLanguage() {
        double[] idx = {0.8, 0.85, 1.0, 1.05, 1.1, 1.2, 1.25, 1.15, 1.0, 0.95, 0.85, 0.8};
        String en = ChartExport.svg(SeasonalCharts.profile("Profile", Frequency.MONTH, idx, true, Locale.ENGLISH,
                RU_FIGURES, ChartStyle.LIGHT), 700, 400);
        assertTrue(en.contains("Jan") && en.contains("Dec") && en.contains("no season"));
        assertTrue(en.matches("(?s).*>[01],\\d\\d<.*"), "indices in the client's format (ru: decimal comma)");
        if (System.getProperty("charts.dump") != null) {
            dump(idx);
        }
        JFreeChart ruChart = SeasonalCharts.profile("Профиль", Frequency.MONTH, idx, true, RU, RU_FIGURES, ChartStyle.LIGHT);
        String ru = ChartExport.svg(ruChart, 700, 400);
        assertTrue(ru.contains("янв"), "month names in the language");
        // rotated axis labels become outlines in SVG, so look at the axis itself
        assertEquals("Индекс сезонности", ruChart.getCategoryPlot().getRangeAxis().getLabel());

        TimeSeries h = history();
        double[] trend = new double[36];
        double[] seasonal = new double[36];
        double[] irregular = new double[36];
        for (int i = 0; i < 36; i++) {
            trend[i] = i < 6 || i >= 30 ? Double.NaN : 1000 + 10 * i;
            seasonal[i] = 200 * Math.sin(2 * Math.PI * i / 12);
            irregular[i] = i % 2 == 0 ? 5 : -5;
        }
        JFreeChart d = SeasonalCharts.decomposition("Decomposition", h, trend, seasonal, irregular, false,
                Locale.CHINESE, RU_FIGURES, ChartStyle.LIGHT);
        String svg = ChartExport.svg(d, 800, 700);
        for (String s : List.of("实际值", "趋势", "季节成分", "不规则成分")) {
            assertTrue(svg.contains(s), s);
        }
        org.jfree.chart.plot.CombinedDomainXYPlot plot = (org.jfree.chart.plot.CombinedDomainXYPlot) d.getPlot();
        assertEquals(3, plot.getSubplots().size());
        assertEquals(24, ((XYPlot) plot.getSubplots().get(0)).getDataset().getItemCount(1), "trend without its NaN ends");
        assertTrue(ChartExport.png(d, 800, 700).length > 5000);
    }

    private void dump(double[] idx) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("charts.dump"));
            ChartExport.write(SeasonalCharts.profile("Profile", Frequency.MONTH, idx, true, RU, RU_FIGURES, ChartStyle.LIGHT), 700, 400, dir.resolve("profile.png"));
            ChartExport.write(ForecastCharts.forecast("roses", history(), forecast(), "ETS", RU, RU_FIGURES, ChartStyle.LIGHT), 800, 500, dir.resolve("forecast.png"));
            ChartExport.write(PlanCharts.byPeriod("Plan", summerPlan(), Map.of(JUNE, new BigDecimal("3800000")), RU, RU_FIGURES, ChartStyle.DARK), 800, 500, dir.resolve("plan.png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long count(BufferedImage img, Color colour) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (colour.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }
}
