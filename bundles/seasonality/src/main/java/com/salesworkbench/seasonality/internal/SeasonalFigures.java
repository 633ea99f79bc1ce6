package com.salesworkbench.seasonality.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.SeasonalCharts;
import com.salesworkbench.seasonality.Decomposition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The seasonal profile of each series as a chart in the report (bundles/charts draws it). */
final class SeasonalFigures {

    private SeasonalFigures() {
    }

    static List<ReportBlock> of(Frequency f, List<Decomposition> decompositions, Texts t, Locale locale) {
        List<ReportBlock> out = new ArrayList<>();
        Formats formats = new Formats(locale);
        for (Decomposition d : decompositions) {
            String id = d.observed().id();
            String title = t.get("report.chart", id);
            out.add(ChartExport.figure(title, SeasonalCharts.profile(title, f, d.profile(id).indices(), true, locale, formats, ChartStyle.LIGHT), 2.6));
        }
        return out;
    }
}
