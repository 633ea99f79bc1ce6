package com.salesworkbench.forecast.models.intermittent.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import org.junit.jupiter.api.Test;

class IntermittentTest {

    private static TimeSeries s(double... v) {
        return new TimeSeries("spare", PlanPeriod.parse("2024-01"), v);
    }

    @Test
    void crostonSbaAndTsbOnRegularDemand() {
        // demand of 6 every third month: size 6, interval 3, rate 2
        TimeSeries x = s(0, 0, 6, 0, 0, 6, 0, 0, 6, 0, 0, 6);
        assertEquals(2.0, new Croston().fit(x).forecast(1).mean()[0], 1e-9);
        assertEquals(2.0 * 0.95, new Sba().fit(x).forecast(1).mean()[0], 1e-9);
        double tsb = new Tsb().fit(x).forecast(1).mean()[0];
        assertTrue(tsb > 1.0 && tsb < 3.0, "TSB rate " + tsb);
    }

    @Test
    void tsbForecastDecaysWhenDemandStops() {
        TimeSeries x = s(5, 5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0);
        assertTrue(new Tsb().fit(x).forecast(1).mean()[0] < new Croston().fit(x).forecast(1).mean()[0]);
    }

    @Test
    void negativeOrNoDemandIsRefused() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Croston().fit(s(1, -2, 3))).getMessage().contains("2024-02"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Sba().fit(s(0, 0, 0))).getMessage().contains("non-zero"));
    }
}
