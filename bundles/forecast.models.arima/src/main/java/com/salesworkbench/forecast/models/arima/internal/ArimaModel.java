package com.salesworkbench.forecast.models.arima.internal;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.Forecasts;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'arima': automatic ARIMA as R's auto.arima (see {@link AutoArima}). */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=arima")
public class ArimaModel implements ForecastModel {

    /** Fewest values: enough for a first difference and a few errors to score. */
    static final int MIN_LENGTH = 6;

    @Override
    public String id() {
        return "arima";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(ArimaModel.class, locale).get("title.arima");
    }

    @Override
    public int minimumLength(TimeSeries history) {
        return MIN_LENGTH;
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        double[] y = history.values();
        for (double v : y) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("the history has missing or non-finite values");
            }
        }
        if (y.length < MIN_LENGTH) {
            throw new IllegalArgumentException("arima needs at least " + MIN_LENGTH + " values, the series has " + y.length);
        }
        Arima a = AutoArima.select(y, history.frequency().periodsPerCycle());
        Map<String, Double> params = new LinkedHashMap<>();
        put(params, "ar", a.ar);
        put(params, "sar", a.sar);
        put(params, "ma", a.ma);
        put(params, "sma", a.sma);
        if (a.order.constant()) {
            params.put(a.order.d() + a.order.sd() == 0 ? "mean" : "drift",
                    a.order.d() == 0 && a.order.sd() == 1 ? a.mu / a.order.m() : a.mu);
        }
        params.put("sigma2", a.sigma2);
        params.put("aicc", a.aicc);
        String description = a.order.describe();
        return new FittedModel() {
            @Override
            public String description() {
                return description;
            }

            @Override
            public Map<String, Double> parameters() {
                return params;
            }

            @Override
            public Forecast forecast(int horizon, double... levels) {
                return Forecasts.normal(history.end(), a.forecast(horizon), a.sd(horizon), levels);
            }
        };
    }

    private static void put(Map<String, Double> params, String name, double[] c) {
        for (int i = 0; i < c.length; i++) {
            params.put(name + (i + 1), c[i]);
        }
    }
}
