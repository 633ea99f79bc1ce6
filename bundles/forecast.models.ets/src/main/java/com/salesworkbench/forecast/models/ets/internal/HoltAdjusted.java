package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'holt-sa': ETS(A,A,N) on the seasonally adjusted series. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=holt-sa")
public class HoltAdjusted extends EtsModel {
    public HoltAdjusted() {
        super("holt-sa", "ETS(A,A,N)", true);
    }
}
