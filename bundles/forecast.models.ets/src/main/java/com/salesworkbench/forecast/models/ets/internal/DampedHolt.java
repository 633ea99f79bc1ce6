package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'damped'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=damped")
public class DampedHolt extends EtsModel {
    public DampedHolt() {
        super("damped", "ETS(A,Ad,N)");
    }
}
