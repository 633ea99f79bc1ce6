package com.salesworkbench.forecast.models.ets.internal;

import com.salesworkbench.api.forecast.ForecastModel;
import org.osgi.service.component.annotations.Component;

/** Forecast model service 'ses-sa': ETS(A,N,N) on the seasonally adjusted series. */
@Component(service = ForecastModel.class, property = ForecastModel.MODEL_ID + "=ses-sa")
public class SesAdjusted extends EtsModel {
    public SesAdjusted() {
        super("ses-sa", "ETS(A,N,N)", true);
    }
}
