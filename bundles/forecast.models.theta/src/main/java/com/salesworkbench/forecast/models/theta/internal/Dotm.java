package com.salesworkbench.forecast.models.theta.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'dotm'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=dotm")
public class Dotm extends ThetaModel {
    public Dotm() {
        super("dotm", Kind.DOTM);
    }
}
