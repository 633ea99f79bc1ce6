package com.salesworkbench.forecast.models.baseline.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'snaive'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=snaive")
public class SeasonalNaive extends Baseline {
    public SeasonalNaive() {
        super("snaive", Kind.SNAIVE);
    }
}
