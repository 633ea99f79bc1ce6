package com.salesworkbench.forecast.models.intermittent.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'sba'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=sba")
public class Sba extends Intermittent {
    public Sba() {
        super("sba", Kind.SBA);
    }
}
