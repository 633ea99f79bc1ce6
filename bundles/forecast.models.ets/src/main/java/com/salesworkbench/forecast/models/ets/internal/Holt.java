package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'holt'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=holt")
public class Holt extends EtsModel {
    public Holt() {
        super("holt", "ETS(A,A,N)");
    }
}
