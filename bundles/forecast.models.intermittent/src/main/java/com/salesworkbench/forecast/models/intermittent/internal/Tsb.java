package com.salesworkbench.forecast.models.intermittent.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'tsb'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=tsb")
public class Tsb extends Intermittent {
    public Tsb() {
        super("tsb", Kind.TSB);
    }
}
