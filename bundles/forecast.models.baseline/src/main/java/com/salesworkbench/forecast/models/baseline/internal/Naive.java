package com.salesworkbench.forecast.models.baseline.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'naive'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=naive")
public class Naive extends Baseline {
    public Naive() {
        super("naive", Kind.NAIVE);
    }
}
