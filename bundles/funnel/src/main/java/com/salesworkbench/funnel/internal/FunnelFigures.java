package com.salesworkbench.funnel.internal;

import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.funnel.StageFunnel;
import com.salesworkbench.funnel.WeightedPipeline;
import java.util.List;
import java.util.Locale;

/** The funnel charts in the report; they come from bundles/charts (FunnelCharts) once it has them. */
final class FunnelFigures {

    private FunnelFigures() {
    }

    static List<ReportBlock> of(WeightedPipeline.DepartmentForecast forecast, StageFunnel.Report stages, Locale locale) {
        return List.of();
    }
}
