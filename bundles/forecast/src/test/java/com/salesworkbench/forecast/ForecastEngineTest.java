package com.salesworkbench.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ForecastEngineTest {

    /** A test model whose forecast is computed by a function of the history and the horizon. */
    record Fake(String id, BiFunction<double[], Integer, double[]> path, int min) implements ForecastModel {
        @Override
        public String title(Locale locale) {
            return id;
        }

        @Override
        public int minimumLength(TimeSeries history) {
            return min;
        }

        @Override
        public FittedModel fit(TimeSeries history) {
            double[] y = history.values();
            return new FittedModel() {
                @Override
                public String description() {
                    return id;
                }

                @Override
                public Map<String, Double> parameters() {
                    return Map.of();
                }

                @Override
                public Forecast forecast(int horizon, double... levels) {
                    double[] f = path.apply(y, horizon);
                    double[] sd = new double[f.length];
                    Arrays.fill(sd, 1);
                    return Forecasts.normal(history.end(), f, sd, levels);
                }
            };
        }
    }

    private static double[] flat(double v, int h) {
        double[] f = new double[h];
        Arrays.fill(f, v);
        return f;
    }

    private final List<ForecastModel> models = List.of(
            new Fake("naive", (y, h) -> flat(y[y.length - 1], h), 1),
            new Fake("mean", (y, h) -> flat(Arrays.stream(y).average().orElseThrow(), h), 1),
            new Fake("down", (y, h) -> flat(-5, h), 1),
            new Fake("boom", (y, h) -> {
                throw new IllegalStateException("boom");
            }, 1),
            new Fake("nan", (y, h) -> flat(Double.NaN, h), 1),
            new Fake("short", (y, h) -> flat(1, h - 1), 1),
            new Fake("slow", (y, h) -> {
                long end = System.nanoTime() + 3_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
                return flat(1, h);
            }, 1),
            new Fake("greedy", (y, h) -> flat(1, h), 50));

    private final ForecastEngine engine = new ForecastEngine(() -> models, 2);

    @AfterEach
    void close() {
        engine.close();
    }

    private static TimeSeries series(String id, double... v) {
        return new TimeSeries(id, PlanPeriod.month(YearMonth.of(2024, 1)), v);
    }

    private ForecastEngine.Options options(int h, String method) {
        return ForecastEngine.Options.of(h, method).withLocale(Locale.ENGLISH).withBudget(Duration.ofMillis(500));
    }

    @Test
    void forecastsWithIntervalsFromTheEndOfTheHistory() {
        ForecastEngine.SeriesResult r = engine.forecast(List.of(series("a", 1, 2, 3)), options(2, "naive")).get(0);
        assertTrue(r.ok());
        assertEquals(PlanPeriod.month(YearMonth.of(2024, 4)), r.forecast().start());
        assertEquals(3, r.forecast().mean()[1]);
        assertEquals(2, r.forecast().intervals().size());
        assertEquals("method chosen by the user", r.reason());
    }

    @Test
    void failingModelsAreReportedAndTheFallbackForecasts() {
        for (String bad : List.of("boom", "nan", "short", "slow", "greedy", "missing")) {
            ForecastEngine.SeriesResult r = engine.forecast(List.of(series("a", 1, 2, 3)), options(3, bad)).get(0);
            assertTrue(r.ok(), bad);
            assertEquals("naive", r.method(), bad);
            String msgs = String.join("\n", r.messages());
            assertTrue(msgs.contains("used naive instead"), msgs);
            String expected = switch (bad) {
                case "boom" -> "model boom failed: boom";
                case "nan" -> "returned NaN";
                case "short" -> "wrong-length";
                case "slow" -> "took longer than 500 ms";
                case "greedy" -> "needs at least 50 observations, the series has 3";
                default -> "no model 'missing' is installed";
            };
            assertTrue(msgs.contains(expected), bad + ": " + msgs);
        }
    }

    @Test
    void negativeForecastsAreClampedUnlessAllowed() {
        ForecastEngine.SeriesResult r = engine.forecast(List.of(series("a", 1, 2, 3)), options(2, "down")).get(0);
        assertEquals(0, r.forecast().mean()[0]);
        assertEquals(0, r.forecast().intervals().get(0).lower()[0]);
        ForecastEngine.SeriesResult n = engine.forecast(List.of(series("a", 1, 2, 3)), options(2, "down").withAllowNegative(true)).get(0);
        assertEquals(-5, n.forecast().mean()[0]);
    }

    @Test
    void badInputGetsMessagesPerSeriesAndTheOthersStillForecast() {
        List<ForecastEngine.SeriesResult> rs = engine.forecast(List.of(
                series("gaps", 1, Double.NaN, 3, 4),
                series("zeros", 0, 0, 0),
                series("empty", Double.NaN, Double.NaN),
                series("fine", 5, 6)), options(2, "mean"));
        assertEquals(2.5, rs.get(0).forecast().mean()[0], 1e-12, "the gap is interpolated to 2");
        assertTrue(rs.get(0).messages().get(0).contains("filled 1 missing value"));
        assertTrue(rs.get(1).ok());
        assertEquals(0, rs.get(1).forecast().mean()[0]);
        assertTrue(rs.get(1).messages().get(0).contains("every value is zero"));
        assertFalse(rs.get(2).ok());
        assertTrue(rs.get(2).messages().get(0).contains("no values"));
        assertEquals(5.5, rs.get(3).forecast().mean()[0], 1e-12);
        ForecastEngine.SeriesResult h0 = engine.forecast(List.of(series("a", 1, 2)), options(0, "mean")).get(0);
        assertFalse(h0.ok());
        assertTrue(h0.messages().get(0).contains("horizon must be at least 1"));
    }

    @Test
    void autoPicksTheBestBacktestAndSaysWhy() {
        // a random walk with steps: the last value beats the mean
        double[] y = new double[40];
        for (int i = 0; i < y.length; i++) {
            y[i] = 10 + i * 3 + (i % 2);
        }
        ForecastEngine.Options o = options(4, ForecastEngine.AUTO).withCandidates(List.of("mean", "naive", "boom"));
        ForecastEngine.SeriesResult r = engine.forecast(List.of(series("trend", y)), o).get(0);
        assertEquals("naive", r.method());
        assertTrue(r.reason().startsWith("naive: lowest backtest MASE"), r.reason());
        assertTrue(r.reason().contains("(next: mean"), r.reason());
    }

    @Test
    void backtestScoresRollingWindows() {
        double[] y = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        List<ForecastEngine.BacktestResult> r = engine.backtest(List.of(series("a", y)), List.of("naive", "boom"),
                options(2, "naive"), 3, 2).get(0);
        ForecastEngine.BacktestResult naive = r.get(0);
        assertEquals(3, naive.windows());
        assertNotNull(naive.scores());
        // naive misses by 1 and 2 steps on a unit trend: MAE 1.5, scale 1
        assertEquals(1.5, naive.scores().mase(), 1e-12);
        assertEquals(-1.5, -naive.scores().bias(), 1e-12);
        assertEquals(null, r.get(1).scores());
    }

    @Test
    void combinationsTakeTheMedianOfTheMembersThatWork() {
        // boom fits but throws when it forecasts; missing is not installed: both are left out
        Combination c = new Combination("c", true, List.of("naive", "mean", "boom", "missing"), id ->
                models.stream().filter(m -> m.id().equals(id)).findFirst());
        FittedModel f = c.fit(series("a", 1, 2, 3, 6));
        assertEquals((6 + 3) / 2.0, f.forecast(1).mean()[0], 1e-12);
        assertTrue(f.description().contains("missing: not installed"), f.description());
    }

    @Test
    void yearlyDataUsesTheYearlyMembers() {
        Combination c = new Combination("c", false, List.of("naive"), List.of("mean"), id ->
                models.stream().filter(m -> m.id().equals(id)).findFirst());
        TimeSeries yearly = new TimeSeries("y", PlanPeriod.year(2020), new double[] {1, 2, 6});
        assertEquals(3, c.fit(yearly).forecast(1).mean()[0], 1e-12);
        assertEquals(3, c.fit(series("m", 1, 2, 3)).forecast(1).mean()[0], 1e-12);
        assertTrue(c.fit(yearly).description().startsWith("mean(mean"), c.fit(yearly).description());
    }
}
