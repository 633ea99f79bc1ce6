package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'dampen': ETS(A,Ad,N) on the seasonally adjusted series. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=dampen")
public class Dampen extends EtsModel {
    public Dampen() {
        super("dampen", "ETS(A,Ad,N)", true);
    }
}
