package com.salesworkbench.seasonality.internal;

import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.seasonality.Decomposition;
import java.util.List;
import java.util.Locale;

/** The seasonal charts in the report; they come from bundles/charts (SeasonalCharts) once it has them. */
final class SeasonalFigures {

    private SeasonalFigures() {
    }

    static List<ReportBlock> of(List<Decomposition> decompositions, Locale locale) {
        return List.of();
    }
}
