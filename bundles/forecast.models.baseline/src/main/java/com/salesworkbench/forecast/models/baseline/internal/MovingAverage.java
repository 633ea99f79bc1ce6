package com.salesworkbench.forecast.models.baseline.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'moving-average'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=moving-average")
public class MovingAverage extends Baseline {
    public MovingAverage() {
        super("moving-average", Kind.MOVING_AVERAGE);
    }
}
