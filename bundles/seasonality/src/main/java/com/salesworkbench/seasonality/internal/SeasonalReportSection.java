package com.salesworkbench.seasonality.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.seasonality.Decomposer;
import com.salesworkbench.seasonality.Decomposition;
import com.salesworkbench.seasonality.DecompositionOptions;
import com.salesworkbench.seasonality.SeasonalForm;
import com.salesworkbench.seasonality.SeasonalityException;
import com.salesworkbench.seasonality.Shares;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The seasonal profile part of the deliverable: for every monthly or quarterly series of the client, the seasonal
 * indices of a multiplicative decomposition and the shares of the months (quarters) in the last three years.
 */
@Component
public class SeasonalReportSection implements ReportSection {

    /** Years of history the shares are taken from, as season:shares does by default. */
    static final int SHARE_YEARS = 3;

    @Reference
    private Workspace workspace;

    public SeasonalReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public SeasonalReportSection(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return "seasonality";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(SeasonCommands.class, locale).get("report.title");
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Locale l = request.locale();
        Texts t = Texts.of(SeasonCommands.class, l);
        NumberFormat index = NumberFormat.getNumberInstance(l);
        index.setMinimumFractionDigits(2);
        index.setMaximumFractionDigits(2);
        NumberFormat pct = NumberFormat.getPercentInstance(l);
        pct.setMinimumFractionDigits(1);
        pct.setMaximumFractionDigits(1);
        ClientWorkspace c = workspace.client(request.client());
        List<ReportBlock> out = new ArrayList<>();
        for (String name : c.seriesNames()) {
            List<TimeSeries> all = c.readSeries(name).stream()
                    .filter(s -> s.frequency() == Frequency.MONTH || s.frequency() == Frequency.QUARTER).toList();
            if (all.isEmpty()) {
                continue;
            }
            Frequency f = all.get(0).frequency();
            List<String> head = new ArrayList<>(List.of(t.get("report.col.series")));
            head.addAll(labels(f, l));
            List<List<String>> indices = new ArrayList<>();
            List<List<String>> shares = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            List<Decomposition> decompositions = new ArrayList<>();
            for (TimeSeries s : all) {
                if (s.frequency() != f) {
                    continue;
                }
                try {
                    Decomposition d = Decomposer.decompose(s, SeasonalForm.MULTIPLICATIVE, DecompositionOptions.DEFAULT);
                    decompositions.add(d);
                    List<String> row = new ArrayList<>(List.of(s.id()));
                    for (double v : d.profile(s.id()).indices()) {
                        row.add(index.format(v));
                    }
                    indices.add(row);
                    Shares sh = Shares.ofCycle(s, SHARE_YEARS);
                    List<String> srow = new ArrayList<>(List.of(s.id()));
                    for (double v : sh.shares()) {
                        srow.add(pct.format(v));
                    }
                    shares.add(srow);
                } catch (SeasonalityException e) {
                    problems.add(s.id() + ": " + e.reason().text(l));
                }
            }
            out.add(new ReportBlock.Heading(t.get("report.series", name)));
            out.add(new ReportBlock.Paragraph(t.get("report.explain", all.size(), t.get("report.freq." + f.name()))));
            if (!indices.isEmpty()) {
                out.add(new ReportBlock.Heading(t.get("report.indices")));
                out.add(new ReportBlock.Table(head, indices));
                out.add(new ReportBlock.Heading(t.get("report.shares", SHARE_YEARS)));
                out.add(new ReportBlock.Table(head, shares));
                out.addAll(SeasonalFigures.of(f, decompositions, t, l));
            }
            problems.forEach(p -> out.add(new ReportBlock.Paragraph(p)));
        }
        return out;
    }

    /** Month (quarter) names in the report's language, January (Q1) first. */
    static List<String> labels(Frequency f, Locale l) {
        List<String> out = new ArrayList<>();
        if (f == Frequency.MONTH) {
            for (Month m : Month.values()) {
                out.add(m.getDisplayName(TextStyle.SHORT_STANDALONE, l));
            }
        } else {
            for (int q = 1; q <= 4; q++) {
                out.add("Q" + q);
            }
        }
        return out;
    }
}
