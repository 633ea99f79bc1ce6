package com.salesworkbench.forecast.models.theta.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'dstm'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=dstm")
public class Dstm extends ThetaModel {
    public Dstm() {
        super("dstm", Kind.DSTM);
    }
}
