package com.salesworkbench.forecast.models.baseline.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'naive2'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=naive2")
public class Naive2 extends Baseline {
    public Naive2() {
        super("naive2", Kind.NAIVE2);
    }
}
