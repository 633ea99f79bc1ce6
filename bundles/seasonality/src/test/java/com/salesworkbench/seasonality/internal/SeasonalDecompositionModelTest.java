package com.salesworkbench.seasonality.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SeasonalDecompositionModelTest {

    @Test
    void theModelFitsAndForecastsWithIntervals() {
        double[] y = new double[48];
        for (int i = 0; i < y.length; i++) {
            y[i] = (100 + i) * (1 + 0.2 * Math.sin(2 * Math.PI * i / 12)) + (i % 5);
        }
        TimeSeries s = new TimeSeries("sales", PlanPeriod.parse("2022-01"), y);
        SeasonalDecompositionModel model = new SeasonalDecompositionModel();
        assertEquals("seasonal-decomposition", model.id());
        assertEquals(24, model.minimumLength(s));
        assertEquals(Integer.MAX_VALUE, model.minimumLength(new TimeSeries("y", PlanPeriod.year(2000), new double[3])));
        assertTrue(model.title(Locale.forLanguageTag("ru")).startsWith("Сезонная"));
        FittedModel fit = model.fit(s);
        assertTrue(fit.description().contains("decomposition"), fit.description());
        assertTrue(fit.parameters().containsKey("season.01") && fit.parameters().containsKey("trend.r2"));
        Forecast f = fit.forecast(6, 95);
        assertEquals(PlanPeriod.parse("2026-01"), f.start());
        assertEquals(6, f.horizon());
        assertTrue(f.intervals().get(0).lower()[0] < f.mean()[0]);
    }

    @Test
    void aHistoryThatDoesNotSuitTheModelIsRefusedWithAReason() {
        SeasonalDecompositionModel model = new SeasonalDecompositionModel();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.fit(new TimeSeries("s", PlanPeriod.parse("2025-01"), new double[10])));
        assertTrue(e.getMessage().contains("two full cycles"), e.getMessage());
    }
}
