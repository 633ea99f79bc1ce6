package com.salesworkbench.forecast.models.intermittent.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'croston'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=croston")
public class Croston extends Intermittent {
    public Croston() {
        super("croston", Kind.CROSTON);
    }
}
