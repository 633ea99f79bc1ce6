package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'ets-sa': automatic ETS on the seasonally adjusted series. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=ets-sa")
public class EtsAdjusted extends EtsModel {
    public EtsAdjusted() {
        super("ets-sa", null, true);
    }
}
