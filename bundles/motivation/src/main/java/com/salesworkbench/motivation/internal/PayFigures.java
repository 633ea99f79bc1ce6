package com.salesworkbench.motivation.internal;

import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.Statement;
import java.util.List;
import java.util.Locale;

/** The pay charts in the report; they come from bundles/charts (PayCharts) once it has them. */
final class PayFigures {

    private PayFigures() {
    }

    static List<ReportBlock> of(PayScheme scheme, List<Statement> curve, Locale locale) {
        return List.of();
    }
}
