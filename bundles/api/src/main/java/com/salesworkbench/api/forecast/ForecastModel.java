package com.salesworkbench.api.forecast;

import com.salesworkbench.api.time.TimeSeries;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a forecasting method, registered as an OSGi service. The engine finds every model in
 * the service registry; a bundle that registers one adds a method without touching the engine.
 * Implementations must be thread-safe: the engine fits many series in parallel.
 */
@ConsumerType
public interface ForecastModel {

    /** Service property naming the model id, so consumers can select a model with a filter. */
    String MODEL_ID = "forecast.model.id";

    /** Stable identifier, e.g. {@code "ets"}, {@code "theta"}, {@code "naive2"}. */
    String id();

    /** Name shown to the user in the given language. */
    String title(Locale locale);

    /** Fewest observations this model needs to fit a series. */
    default int minimumLength(TimeSeries history) {
        return 1;
    }

    /**
     * Fits the model to a history.
     *
     * @throws IllegalArgumentException when the history does not suit the model; the message says why
     */
    FittedModel fit(TimeSeries history);
}
