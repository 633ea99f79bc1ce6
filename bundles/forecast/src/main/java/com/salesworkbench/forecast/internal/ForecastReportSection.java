package com.salesworkbench.forecast.internal;

import com.salesworkbench.api.forecast.Forecast;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The forecast part of the deliverable: every series of the client forecast one year ahead with the engine's
 * default method (the combination forecast:run uses; 'auto' would backtest every candidate per series, seconds the
 * deliverable's time budget does not have), the model and why it was used, and the 80 % and 95 % intervals.
 */
@Component
public class ForecastReportSection implements ReportSection {

    static final double[] LEVELS = {80, 95};

    @Reference
    private Workspace workspace;

    @Reference
    private ForecastService service;

    public ForecastReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public ForecastReportSection(Workspace workspace, ForecastService service) {
        this.workspace = workspace;
        this.service = service;
    }

    @Override
    public String id() {
        return "forecast";
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(ForecastCommands.class, locale).get("report.title");
    }

    /** One year ahead in the series' own periods. */
    static int horizon(Frequency f) {
        return switch (f) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case WEEK -> 52;
            case HALF_YEAR -> 2;
            case DAY -> 30;
            default -> 3;
        };
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Locale l = request.locale();
        Texts t = Texts.of(ForecastCommands.class, l);
        NumberFormat n = NumberFormat.getNumberInstance(l);
        n.setMaximumFractionDigits(0);
        ClientWorkspace c = workspace.client(request.client());
        List<ReportBlock> out = new ArrayList<>();
        ForecastEngine engine = service.engine();
        for (String name : c.seriesNames()) {
            List<TimeSeries> all = c.readSeries(name);
            if (all.isEmpty()) {
                continue;
            }
            out.add(new ReportBlock.Heading(t.get("report.series", name)));
            List<List<String>> chosen = new ArrayList<>();
            List<ReportBlock> details = new ArrayList<>();
            List<ForecastEngine.SeriesResult> results = new ArrayList<>();
            for (Frequency f : all.stream().map(TimeSeries::frequency).distinct().toList()) {
                List<TimeSeries> same = all.stream().filter(s -> s.frequency() == f).toList();
                int h = horizon(f);
                results.addAll(engine.forecast(same, ForecastEngine.Options.of(h, ForecastEngine.DEFAULT).withLevels(LEVELS).withLocale(l)));
            }
            for (ForecastEngine.SeriesResult r : results) {
                if (!r.ok()) {
                    chosen.add(List.of(r.seriesId(), "-", String.join("; ", r.messages())));
                    continue;
                }
                chosen.add(List.of(r.seriesId(), r.method(), r.reason()));
                Forecast fc = r.forecast();
                List<List<String>> rows = new ArrayList<>();
                double total = 0;
                for (int i = 0; i < fc.horizon(); i++) {
                    List<String> row = new ArrayList<>(List.of(fc.start().plus(i).toString(), n.format(fc.mean()[i])));
                    for (Forecast.Interval iv : fc.intervals()) {
                        row.add(n.format(iv.lower()[i]));
                        row.add(n.format(iv.upper()[i]));
                    }
                    rows.add(row);
                    total += fc.mean()[i];
                }
                List<String> head = new ArrayList<>(List.of(t.get("report.col.period"), t.get("report.col.forecast")));
                for (Forecast.Interval iv : fc.intervals()) {
                    head.add(t.get("report.col.lo", n.format(iv.level())));
                    head.add(t.get("report.col.hi", n.format(iv.level())));
                }
                details.add(new ReportBlock.Heading(t.get("report.forecastOf", r.seriesId(), r.description())));
                details.add(new ReportBlock.Table(head, rows));
                details.add(new ReportBlock.Paragraph(t.get("report.total", fc.horizon(), n.format(total))));
            }
            out.add(new ReportBlock.Table(List.of(t.get("report.col.series"), t.get("report.col.model"), t.get("report.col.reason")), chosen));
            out.addAll(ForecastFigures.of(all, results, l));
            out.addAll(details);
        }
        return out;
    }
}
