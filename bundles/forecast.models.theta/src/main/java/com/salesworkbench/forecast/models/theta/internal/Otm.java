package com.salesworkbench.forecast.models.theta.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'otm'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=otm")
public class Otm extends ThetaModel {
    public Otm() {
        super("otm", Kind.OTM);
    }
}
