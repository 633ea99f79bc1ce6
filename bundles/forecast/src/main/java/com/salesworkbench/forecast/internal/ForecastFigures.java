package com.salesworkbench.forecast.internal;

import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.ForecastEngine;
import java.util.List;
import java.util.Locale;

/** The forecast charts in the report; they come from bundles/charts (ForecastCharts) once it has them. */
final class ForecastFigures {

    private ForecastFigures() {
    }

    static List<ReportBlock> of(List<TimeSeries> history, List<ForecastEngine.SeriesResult> results, Locale locale) {
        return List.of();
    }
}
