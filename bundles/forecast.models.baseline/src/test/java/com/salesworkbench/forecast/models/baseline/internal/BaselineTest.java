package com.salesworkbench.forecast.models.baseline.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static TimeSeries quarterly(double... v) {
        return new TimeSeries("q", PlanPeriod.parse("2020-Q1"), v);
    }

    @Test
    void naiveSeasonalNaiveDriftAndMovingAverage() {
        TimeSeries s = quarterly(1, 2, 3, 4, 5, 6, 7, 8);
        assertArrayEquals(new double[] {8, 8}, new Naive().fit(s).forecast(2).mean());
        assertArrayEquals(new double[] {5, 6, 7, 8, 5}, new SeasonalNaive().fit(s).forecast(5).mean());
        assertArrayEquals(new double[] {9, 10}, new Drift().fit(s).forecast(2).mean(), 1e-12);
        assertArrayEquals(new double[] {7, 7}, new MovingAverage().fit(s).forecast(2).mean(), 1e-12);
        Forecast f = new Naive().fit(s).forecast(3, 80);
        double w1 = f.intervals().get(0).upper()[0] - 8;
        double w3 = f.intervals().get(0).upper()[2] - 8;
        assertEquals(Math.sqrt(3), w3 / w1, 1e-9, "random-walk intervals widen with the square root of h");
        assertEquals(PlanPeriod.parse("2022-Q1"), f.start());
        assertTrue(new Naive().title(Locale.ENGLISH).startsWith("Naive"));
    }

    @Test
    void naive2DeseasonalisesOnlySeasonalSeries() {
        double[] idx = {0.5, 1.5, 1.0, 1.0};
        double[] y = IntStream.range(0, 24).mapToDouble(i -> 100 * idx[i % 4]).toArray();
        TimeSeries s = quarterly(y);
        double[] f = new Naive2().fit(s).forecast(4).mean();
        assertArrayEquals(new double[] {50, 150, 100, 100}, f, 1e-6);
        // shorter than three cycles: never tested seasonal, so plain naive
        assertArrayEquals(new double[] {9, 9}, new Naive2().fit(quarterly(5, 7, 6, 8, 9)).forecast(2).mean(), 1e-9);
    }

    @Test
    void tooShortIsRefusedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MovingAverage().fit(quarterly(1, 2)));
        assertTrue(e.getMessage().contains("at least 3"), e.getMessage());
    }
}
