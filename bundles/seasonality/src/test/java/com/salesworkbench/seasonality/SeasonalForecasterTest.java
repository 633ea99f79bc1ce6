package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeasonalForecasterTest {

    @Test
    void anExactTrendPlusSeasonIsForecastExactly() {
        TimeSeries s = DecomposerTest.additive("2020-01", 48);
        SeasonalForecaster.Fit fit = SeasonalForecaster.fit(s, SeasonalForm.ADDITIVE, DecompositionOptions.DEFAULT);
        assertEquals(TrendCurve.LINEAR, fit.trend().curve(), "the simplest exact curve wins on adjusted R^2");
        Forecast f = fit.forecast(12, 95);
        assertEquals(PlanPeriod.parse("2024-01"), f.start());
        for (int h = 0; h < 12; h++) {
            assertEquals(500 + 2 * (48 + h) + DecomposerTest.SEASON[h], f.mean()[h], 1e-6);
        }
    }

    @Test
    void airPassengersForecastIsMultiplicativeWithA95PercentIntervalAroundIt() throws Exception {
        TimeSeries air = ReferenceDecompositionTest.load("AirPassengers", "multiplicative").series();
        TimeSeries train = new TimeSeries("air", air.start(), java.util.Arrays.copyOf(air.values(), 132));
        SeasonalForecaster.Fit fit = SeasonalForecaster.fit(train, null, DecompositionOptions.DEFAULT);
        assertEquals(SeasonalForm.MULTIPLICATIVE, fit.decomposition().form());
        Forecast f = fit.forecast(12, 80, 95);
        assertEquals(2, f.intervals().size());
        Forecast.Interval i95 = f.intervals().get(1);
        int inside = 0;
        double ape = 0;
        for (int h = 0; h < 12; h++) {
            assertTrue(i95.lower()[h] < f.mean()[h] && f.mean()[h] < i95.upper()[h]);
            assertTrue(f.intervals().get(0).upper()[h] < i95.upper()[h]);
            double actual = air.valueAt(132 + h);
            if (actual >= i95.lower()[h] && actual <= i95.upper()[h]) {
                inside++;
            }
            ape += Math.abs(actual - f.mean()[h]) / actual;
        }
        assertTrue(ape / 12 < 0.10, "MAPE of the last year " + ape / 12);
        assertTrue(inside >= 10, inside + " of 12 actuals inside the 95% interval");
        List<String> notes = fit.notes().stream().map(Message::key).toList();
        assertTrue(notes.contains("choice.multiplicative") && notes.contains("note.trend"), notes.toString());
    }

    @Test
    void aBadHorizonOrLevelIsRefused() {
        SeasonalForecaster.Fit fit = SeasonalForecaster.fit(DecomposerTest.additive("2020-01", 48), SeasonalForm.ADDITIVE,
                DecompositionOptions.DEFAULT);
        assertEquals("horizon.invalid", assertThrows(SeasonalityException.class, () -> fit.forecast(0, 95)).reason().key());
        assertEquals("level.invalid", assertThrows(SeasonalityException.class, () -> fit.forecast(3, 100)).reason().key());
    }
}
