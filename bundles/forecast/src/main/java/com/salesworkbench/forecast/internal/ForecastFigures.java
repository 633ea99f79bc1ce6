package com.salesworkbench.forecast.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.ForecastCharts;
import com.salesworkbench.forecast.ForecastEngine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Each series' history with its forecast and intervals as a chart in the report (bundles/charts draws it). */
final class ForecastFigures {

    private ForecastFigures() {
    }

    static List<ReportBlock> of(List<TimeSeries> history, List<ForecastEngine.SeriesResult> results, Locale locale) {
        Texts t = Texts.of(ForecastCommands.class, locale);
        Formats formats = new Formats(locale);
        List<ReportBlock> out = new ArrayList<>();
        for (ForecastEngine.SeriesResult r : results) {
            if (!r.ok()) {
                continue;
            }
            TimeSeries s = history.stream().filter(h -> h.id().equals(r.seriesId())).findFirst().orElse(null);
            if (s == null) {
                continue;
            }
            String title = t.get("report.chart", r.seriesId());
            out.add(ChartExport.figure(title, ForecastCharts.forecast(title, s, r.forecast(), r.method(), locale, formats, ChartStyle.LIGHT), 2.4));
        }
        return out;
    }
}
