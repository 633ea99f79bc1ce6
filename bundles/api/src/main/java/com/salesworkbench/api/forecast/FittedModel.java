package com.salesworkbench.api.forecast;

import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/** A model fitted to one series: what was chosen, and forecasts from the end of the history. */
@ConsumerType
public interface FittedModel {

    /** A short description of the fitted form, e.g. {@code ETS(M,Ad,N)}. */
    String description();

    /** Fitted parameters by name (smoothing weights, damping, initial states...). */
    Map<String, Double> parameters();

    /**
     * Forecasts {@code horizon} steps ahead with prediction intervals at the given coverage levels
     * (for example 80 and 95).
     */
    Forecast forecast(int horizon, double... levels);
}
