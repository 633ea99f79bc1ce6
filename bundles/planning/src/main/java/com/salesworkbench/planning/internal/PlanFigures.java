package com.salesworkbench.planning.internal;

import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.SalesPlan;
import java.util.List;
import java.util.Locale;

/** The plan's charts in the report; they come from bundles/charts (PlanCharts) once it has them. */
final class PlanFigures {

    private PlanFigures() {
    }

    static List<ReportBlock> of(SalesPlan plan, PlanGrid grid, Locale locale) {
        return List.of();
    }
}
