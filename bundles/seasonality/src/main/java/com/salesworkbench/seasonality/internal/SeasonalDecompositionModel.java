package com.salesworkbench.seasonality.internal;

import com.salesworkbench.api.forecast.FittedModel;
import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.Cycles;
import com.salesworkbench.seasonality.DecompositionOptions;
import com.salesworkbench.seasonality.SeasonalForecaster;
import com.salesworkbench.seasonality.SeasonalityException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;

/**
 * The seed's pipeline as a forecast model: decomposition (form chosen by fit) + the trend curve with the
 * best adjusted R^2 + seasonal indices, with prediction intervals from the trend's residual variance.
 */
@Component(property = ForecastModel.MODEL_ID + "=" + SeasonalDecompositionModel.ID)
public class SeasonalDecompositionModel implements ForecastModel {

    public static final String ID = "seasonal-decomposition";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(SeasonalDecompositionModel.class, locale).get("model.title");
    }

    @Override
    public int minimumLength(TimeSeries history) {
        try {
            return 2 * Cycles.length(history.frequency());
        } catch (SeasonalityException e) {
            return Integer.MAX_VALUE;
        }
    }

    @Override
    public FittedModel fit(TimeSeries history) {
        SeasonalForecaster.Fit fit = SeasonalForecaster.fit(history, null, DecompositionOptions.DEFAULT);
        return new FittedModel() {
            @Override
            public String description() {
                return fit.decomposition().form().name().toLowerCase(Locale.ROOT) + " decomposition + "
                        + fit.trend().curve().name().toLowerCase(Locale.ROOT) + " trend";
            }

            @Override
            public Map<String, Double> parameters() {
                Map<String, Double> p = new LinkedHashMap<>();
                double[] c = fit.trend().coefficients();
                for (int i = 0; i < c.length; i++) {
                    p.put("trend." + (char) ('a' + i), c[i]);
                }
                p.put("trend.r2", fit.trend().rSquared());
                p.put("trend.adjustedR2", fit.trend().adjustedRSquared());
                double[] f = fit.decomposition().figure();
                for (int i = 0; i < f.length; i++) {
                    p.put("season." + Cycles.label(history.frequency(), i), f[i]);
                }
                return p;
            }

            @Override
            public Forecast forecast(int horizon, double... levels) {
                return fit.forecast(horizon, levels);
            }
        };
    }

}
