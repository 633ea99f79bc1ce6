package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'ets-select': automatic ETS keeping the single form with the lowest AICc, as R's ets. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=ets-select")
public class SelectedEts extends EtsModel {
    public SelectedEts() {
        super("ets-select", null);
    }
}
