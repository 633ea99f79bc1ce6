package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'ses'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=ses")
public class Ses extends EtsModel {
    public Ses() {
        super("ses", "ETS(A,N,N)");
    }
}
