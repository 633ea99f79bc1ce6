package com.salesworkbench.forecast.models.arima.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArimaTest {

    private static double[] ar1(double phi, double mean, int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        double x = 0;
        for (int t = -100; t < n; t++) {
            x = phi * x + r.nextGaussian();
            if (t >= 0) {
                y[t] = mean + x;
            }
        }
        return y;
    }

    private static double[] randomWalk(int n, long seed) {
        Random r = new Random(seed);
        double[] y = new double[n];
        double x = 100;
        for (int t = 0; t < n; t++) {
            x += r.nextGaussian();
            y[t] = x;
        }
        return y;
    }

    @Test
    void aSimulatedAr1RecoversItsCoefficientMeanAndVariance() {
        double[] y = ar1(0.7, 50, 500, 7);
        Arima a = Arima.fit(new Arima.Order(1, 0, 0, 0, 0, 0, 1, true), y);
        assertEquals(0.7, a.ar[0], 0.07);
        assertEquals(50, a.mu, 0.5);
        assertEquals(1.0, a.sigma2, 0.15);
        // one step ahead is mu + phi (y_n - mu); two steps have variance sigma^2 (1 + phi^2)
        double[] f = a.forecast(2);
        assertEquals(a.mu + a.ar[0] * (y[499] - a.mu), f[0], 1e-9);
        double[] sd = a.sd(2);
        assertEquals(Math.sqrt(a.sigma2), sd[0], 1e-12);
        assertEquals(Math.sqrt(a.sigma2 * (1 + a.ar[0] * a.ar[0])), sd[1], 1e-12);
    }

    @Test
    void aSimulatedMa1RecoversItsCoefficient() {
        Random r = new Random(11);
        double[] y = new double[600];
        double prev = r.nextGaussian();
        for (int t = 0; t < y.length; t++) {
            double e = r.nextGaussian();
            y[t] = e + 0.5 * prev;
            prev = e;
        }
        Arima a = Arima.fit(new Arima.Order(0, 0, 1, 0, 0, 0, 1, false), y);
        assertEquals(0.5, a.ma[0], 0.07);
    }

    @Test
    void theKpssStatisticMatchesAHandComputation() {
        // mean 2.5, partial sums -1.5, -2, -1.5, 0: eta = 8.5 / 16; no lags for n = 4; s2 = 5 / 4
        assertEquals(0.425, AutoArima.kpss(new double[] {1, 2, 3, 4}), 1e-12);
    }

    @Test
    void differencingDecisions() {
        Random r = new Random(3);
        double[] noise = IntStream.range(0, 200).mapToDouble(i -> r.nextGaussian()).toArray();
        assertEquals(0, AutoArima.ndiffs(noise));
        assertEquals(1, AutoArima.ndiffs(randomWalk(200, 5)));
        double[] i2 = new double[200];
        double[] rw = randomWalk(200, 9);
        double s = 0;
        for (int t = 0; t < 200; t++) {
            s += rw[t] - 100;
            i2[t] = s;
        }
        assertEquals(2, AutoArima.ndiffs(i2));
        // a strong monthly pattern is seasonally differenced, monthly noise is not
        double[] pattern = {-30, -20, -5, 0, 10, 25, 30, 20, 5, 0, -15, -20};
        double[] seasonal = IntStream.range(0, 96).mapToDouble(t -> 500 + t + pattern[t % 12] + noise[t]).toArray();
        assertTrue(AutoArima.seasonalStrength(seasonal, 12) > 0.9);
        assertEquals(1, AutoArima.differencing(seasonal, 12)[1]);
        assertEquals(0, AutoArima.differencing(noise, 12)[1]);
        assertEquals(0, AutoArima.differencing(noise, 12)[0]);
    }

    @Test
    void theAutomaticModelKeepsAnAr1Stationary() {
        FittedModel f = new ArimaModel().fit(series("2000", ar1(0.8, 20, 120, 21)));
        assertTrue(f.description().startsWith("ARIMA("), f.description());
        assertTrue(f.description().contains(",0,"), "no differencing: " + f.description());
        assertTrue(f.description().endsWith("with non-zero mean"), f.description());
    }

    @Test
    void seasonalDataGetsASeasonalFormAndIntervalsWidenWithTheHorizon() {
        Random r = new Random(1);
        double[] pattern = {-30, -20, -5, 0, 10, 25, 30, 20, 5, 0, -15, -20};
        double[] y = IntStream.range(0, 96).mapToDouble(t -> 500 + 2 * t + pattern[t % 12] + 3 * r.nextGaussian()).toArray();
        FittedModel f = new ArimaModel().fit(series("2015-01", y));
        assertTrue(f.description().contains(")[12]"), f.description());
        Forecast fc = f.forecast(24, 80, 95);
        // 96 months from January 2015: the forecast starts in January 2023
        assertEquals(PlanPeriod.parse("2023-01"), fc.start());
        double[] mean = fc.mean();
        // the pattern goes on: July above January of the same year
        assertTrue(mean[6] - mean[0] > 40, "July " + mean[6] + " January " + mean[0]);
        double[] lo = fc.intervals().get(1).lower();
        double[] hi = fc.intervals().get(1).upper();
        for (int h = 1; h < 24; h++) {
            assertTrue(hi[h] - lo[h] >= hi[h - 1] - lo[h - 1] - 1e-9, "widens at " + h);
        }
        assertTrue(hi[23] - lo[23] > hi[0] - lo[0]);
        assertTrue(fc.intervals().get(0).upper()[0] < hi[0]);
    }

    @Test
    void aConstantSeriesIsForecastFlatAndALineIsContinued() {
        FittedModel c = new ArimaModel().fit(series("2020-01", IntStream.range(0, 30).mapToDouble(i -> 42).toArray()));
        Forecast f = c.forecast(6, 95);
        assertArrayEquals(new double[] {42, 42, 42, 42, 42, 42}, f.mean(), 1e-9);
        assertArrayEquals(f.mean(), f.intervals().get(0).upper(), 1e-9);
        FittedModel line = new ArimaModel().fit(series("2020-01", IntStream.range(0, 30).mapToDouble(i -> 100 + 2 * i).toArray()));
        assertArrayEquals(new double[] {160, 162, 164}, line.forecast(3).mean(), 1e-6);
        assertTrue(line.description().contains("drift"), line.description());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArimaModel().fit(series("2020-01", new double[] {1, 2, 3})));
        assertTrue(e.getMessage().contains("at least 6"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ArimaModel().fit(series("2020-01", new double[] {1, 2, Double.NaN, 4, 5, 6, 7})));
        assertEquals("Automatic ARIMA (stepwise, as auto.arima)", new ArimaModel().title(Locale.ENGLISH));
    }

    @Test
    void aRandomWalkIsDifferencedOnceAndItsIntervalsGrowLikeTheSquareRootOfTheHorizon() {
        FittedModel f = new ArimaModel().fit(series("2000", randomWalk(150, 17)));
        assertTrue(f.description().startsWith("ARIMA(0,1,0)"), f.description());
        Forecast fc = f.forecast(16, 95);
        double w1 = fc.intervals().get(0).upper()[0] - fc.intervals().get(0).lower()[0];
        double w16 = fc.intervals().get(0).upper()[15] - fc.intervals().get(0).lower()[15];
        assertEquals(4.0, w16 / w1, 1e-9);
    }

    private static TimeSeries series(String start, double[] y) {
        return new TimeSeries("s", PlanPeriod.parse(start), y);
    }
}
