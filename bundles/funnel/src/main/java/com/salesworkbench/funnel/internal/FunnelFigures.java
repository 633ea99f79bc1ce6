package com.salesworkbench.funnel.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.FunnelCharts;
import com.salesworkbench.funnel.StageFunnel;
import com.salesworkbench.funnel.WeightedPipeline;
import java.util.List;
import java.util.Locale;

/** The stage funnel as a chart in the report (bundles/charts draws it). */
final class FunnelFigures {

    private FunnelFigures() {
    }

    static List<ReportBlock> of(WeightedPipeline.DepartmentForecast forecast, StageFunnel.Report stages, Locale locale) {
        List<FunnelCharts.StageBar> bars = stages.stages().stream()
                .map(s -> new FunnelCharts.StageBar(s.stage(), s.reached(), s.conversion())).toList();
        String title = Texts.of(FunnelCommands.class, locale).get("report.conversion");
        return List.of(ChartExport.figure(title, FunnelCharts.funnel(bars, locale, new Formats(locale), ChartStyle.LIGHT), 2.2));
    }
}
