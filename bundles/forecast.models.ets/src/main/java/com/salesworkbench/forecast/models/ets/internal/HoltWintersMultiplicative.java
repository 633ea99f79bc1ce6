package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'hw-multiplicative'. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=hw-multiplicative")
public class HoltWintersMultiplicative extends EtsModel {
    public HoltWintersMultiplicative() {
        super("hw-multiplicative", "ETS(M,A,M)");
    }
}
