package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'ets': automatic ETS, the Akaike-weighted mean of the fitted forms. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=ets")
public class AutoEts extends EtsModel {
    public AutoEts() {
        super("ets", null, false, true);
    }
}
