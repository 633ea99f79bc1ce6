package com.salesworkbench.motivation.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.PayCharts;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The scheme's pay curve (pay against plan attainment) as a chart in the report (bundles/charts draws it). */
final class PayFigures {

    private PayFigures() {
    }

    /** {@code curve} holds the statements at {@link PayReportSection#ATTAINMENTS}, in that order. */
    static List<ReportBlock> of(PayScheme scheme, List<Statement> curve, Locale locale) {
        List<PayCharts.Point> points = new ArrayList<>();
        for (int i = 0; i < curve.size(); i++) {
            points.add(new PayCharts.Point(PayReportSection.ATTAINMENTS.get(i), curve.get(i).total().amount()));
        }
        String title = Texts.of(PayCommands.class, locale).get("report.chart", scheme.name());
        return List.of(ChartExport.figure(title, PayCharts.payoutCurve(Map.of(scheme.name() + " r" + scheme.revision(), points),
                Optional.of(BigDecimal.ONE), scheme.currency(), locale, new Formats(locale), ChartStyle.LIGHT), 2.0));
    }
}
