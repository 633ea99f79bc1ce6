package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'hw-additive'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=hw-additive")
public class HoltWintersAdditive extends EtsModel {
    public HoltWintersAdditive() {
        super("hw-additive", "ETS(A,A,A)");
    }
}
