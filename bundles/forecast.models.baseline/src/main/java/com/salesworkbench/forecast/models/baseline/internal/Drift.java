package com.salesworkbench.forecast.models.baseline.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'drift'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=drift")
public class Drift extends Baseline {
    public Drift() {
        super("drift", Kind.DRIFT);
    }
}
