package com.salesworkbench.forecast;

import org.osgi.annotation.versioning.ProviderType;

/** The engine as an OSGi service: its models are the ForecastModel services registered at the time of a run. */
@ProviderType
public interface ForecastService {

    ForecastEngine engine();
}
