package com.salesworkbench.forecast.models.theta.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'stm'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=stm")
public class Stm extends ThetaModel {
    public Stm() {
        super("stm", Kind.STM);
    }
}
