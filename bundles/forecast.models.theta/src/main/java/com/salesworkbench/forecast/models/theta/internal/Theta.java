package com.salesworkbench.forecast.models.theta.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'theta'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=theta")
public class Theta extends ThetaModel {
    public Theta() {
        super("theta", Kind.CLASSIC);
    }
}
