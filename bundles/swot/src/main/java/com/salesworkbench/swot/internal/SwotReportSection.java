package com.salesworkbench.swot.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.SwotCharts;
import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.Iteration;
import com.salesworkbench.swot.Quadrant;
import com.salesworkbench.swot.SwotBoard;
import com.salesworkbench.swot.SwotItem;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.swot.TowsStrategy;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SWOT part of the client deliverable: each board's current iteration, its scores and TOWS strategies. */
@Component
public class SwotReportSection implements ReportSection {

    @Reference
    private Workspace workspace;

    public SwotReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public SwotReportSection(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return "swot";
    }

    @Override
    public int order() {
        return 110;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(SwotReportSection.class, locale).get("report.title");
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Texts t = Texts.of(SwotReportSection.class, request.locale());
        Formats f = new Formats(request.locale());
        ClientWorkspace c = workspace.client(request.client());
        List<ReportBlock> out = new ArrayList<>();
        for (String name : SwotStore.names(c)) {
            SwotBoard b = SwotStore.load(c, name);
            Iteration it = b.current();
            out.add(new ReportBlock.Heading(b.title()));
            out.add(new ReportBlock.Paragraph(t.get("show.head", b.title(), it.number(), b.iterations().size(), String.valueOf(it.date()),
                    String.join(", ", it.participants()))));
            for (Quadrant q : Quadrant.values()) {
                List<List<String>> rows = new ArrayList<>();
                for (SwotItem i : it.items()) {
                    if (i.quadrant() == q) {
                        rows.add(List.of(i.id(), i.text(), i.weight() == null ? "" : f.amount(i.weight(), 3),
                                i.rating() == 0 ? "" : String.valueOf(i.rating()), i.evidence() == null ? "" : i.evidence().link().toString()));
                    }
                }
                out.add(new ReportBlock.Heading(t.get("quadrant." + q.code())));
                out.add(new ReportBlock.Table(List.of(t.get("col.id"), t.get("col.item"), t.get("col.weight"), t.get("col.rating"),
                        t.get("col.evidence")), rows));
            }
            try {
                FactorScores.Position p = FactorScores.position(it.items());
                out.add(new ReportBlock.Paragraph(t.get("scores.internal", f.amount(p.internal(), 2)) + ". "
                        + t.get("scores.external", f.amount(p.external(), 2)) + ". "
                        + t.get("scores.position", p.cell(), t.get("advice." + p.advice())) + "."));
                // the weighted factors and the board's position, drawn by bundles/charts
                List<SwotCharts.Factor> factors = it.items().stream().filter(i -> i.weight() != null && i.rating() != 0)
                        .map(i -> new SwotCharts.Factor(i.id(), i.quadrant().code(), i.weight(), i.rating())).toList();
                out.add(ChartExport.figure(t.get("report.scoresChart", b.title()),
                        SwotCharts.factorScores(factors, request.locale(), f, ChartStyle.LIGHT), 2.2));
                out.add(ChartExport.figure(t.get("report.matrixChart", b.title()),
                        SwotCharts.matrix(p.internal(), p.external(), request.locale(), f, ChartStyle.LIGHT), 1.3));
            } catch (StrategyException e) {
                out.add(new ReportBlock.Paragraph(SwotCommands.localiseIn(e, request.locale())));
            }
            if (!b.strategies().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (TowsStrategy s : b.strategies()) {
                    rows.add(List.of(s.id(), s.type().name(), s.text(), String.join(", ", s.items()), String.join(", ", s.actions())));
                }
                out.add(new ReportBlock.Heading(t.get("show.tows")));
                out.add(new ReportBlock.Table(List.of(t.get("col.id"), t.get("col.type"), t.get("col.strategy"), t.get("col.items"),
                        t.get("col.actions")), rows));
            }
        }
        return out;
    }
}
