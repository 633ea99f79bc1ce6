package com.salesworkbench.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void smapeFollowsTheM3Definition() {
        // 200 * |100 - 110| / 210 = 9.5238; second step exact
        assertEquals(200.0 * 10 / 210 / 2, Metrics.smape(new double[] {100, 50}, new double[] {110, 50}), 1e-12);
        assertEquals(0, Metrics.smape(new double[] {0}, new double[] {0}));
    }

    @Test
    void maseScalesBySeasonalNaiveInSample() {
        double[] insample = {1, 2, 3, 4, 5, 6};
        // lag 2 differences are all 2
        assertEquals(2, Metrics.maseScale(insample, 2), 1e-12);
        assertEquals(1, Metrics.maseScale(insample, 1), 1e-12);
        assertEquals(1.5, Metrics.mase(insample, 2, new double[] {10, 10}, new double[] {7, 13}), 1e-12);
    }

    @Test
    void biasWapeMapeAndTrackingSignal() {
        double[] y = {10, 20, 30, 40};
        double[] f = {8, 18, 28, 38};
        assertEquals(2, Metrics.bias(y, f), 1e-12);
        assertEquals(100.0 * 8 / 100, Metrics.wape(y, f), 1e-12);
        assertEquals(100.0 * (0.2 + 0.1 + 2.0 / 30 + 0.05) / 4, Metrics.mape(y, f), 1e-12);
        assertEquals(4, Metrics.trackingSignal(y, f), 1e-12);
        Metrics.Scores s = Metrics.Scores.of(new double[] {1, 2, 3}, 1, y, f);
        assertTrue(!s.tracking(), "4 is at the limit, not beyond");
        assertEquals(0.5, Metrics.owa(10, 1, 20, 2), 1e-12);
    }

    @Test
    void mismatchedLengthsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Metrics.smape(new double[] {1}, new double[] {1, 2}));
    }
}
