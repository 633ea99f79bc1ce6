package com.salesworkbench.strategy.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.strategy.Action;
import com.salesworkbench.strategy.Chapter;
import com.salesworkbench.strategy.Goal;
import com.salesworkbench.strategy.Horizon;
import com.salesworkbench.strategy.Link;
import com.salesworkbench.strategy.Risk;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The strategy part of the client deliverable: for each strategy document its latest approved version (or the
 * working one, marked with its status): chapters by horizon, goals, the action plan and the risks.
 */
@Component
public class StrategyReportSection implements ReportSection {

    @Reference
    private Workspace workspace;

    public StrategyReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public StrategyReportSection(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return "strategy";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(StrategyReportSection.class, locale).get("report.title");
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Texts t = Texts.of(StrategyReportSection.class, request.locale());
        Formats f = new Formats(request.locale());
        ClientWorkspace c = workspace.client(request.client());
        List<ReportBlock> out = new ArrayList<>();
        for (String name : StrategyStore.names(c)) {
            List<Integer> frozen = StrategyStore.frozen(c, name);
            StrategyDocument d = frozen.isEmpty() ? StrategyStore.load(c, name)
                    : StrategyStore.version(c, name, String.valueOf(frozen.get(frozen.size() - 1)));
            out.add(new ReportBlock.Heading(d.title()));
            out.add(new ReportBlock.Paragraph(t.get("report.version", d.version(), t.get("status." + d.status().name().toLowerCase(Locale.ROOT)),
                    d.period().isEmpty() ? "-" : d.period(), d.approvedBy().isEmpty() ? "-" : d.approvedBy())));
            Horizon h = null;
            for (Chapter ch : d.chapters()) {
                if (ch.horizon() != h) {
                    h = ch.horizon();
                    out.add(new ReportBlock.Heading(t.get("horizon." + h.code())));
                }
                out.add(new ReportBlock.Heading(ch.fixed() ? t.get("chapter." + ch.id()) : ch.title()));
                if (!ch.text().isBlank()) {
                    out.add(new ReportBlock.Paragraph(ch.text()));
                }
                if (!ch.links().isEmpty()) {
                    out.add(new ReportBlock.Paragraph(t.get("report.links", String.join(", ", ch.links().stream().map(Link::toString).toList()))));
                }
            }
            if (!d.goals().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Goal g : d.goals()) {
                    rows.add(List.of(g.id(), g.parent(), g.title(), t.get("kind." + g.kind().name().toLowerCase(Locale.ROOT)), g.owner(),
                            g.deadline() == null ? "" : g.deadline().toString(), g.target() == null ? "" : f.amount(g.target(), 2)));
                }
                out.add(new ReportBlock.Heading(t.get("col.goals")));
                out.add(new ReportBlock.Table(List.of(t.get("col.id"), t.get("report.parent"), t.get("col.goal"), t.get("col.kind"),
                        t.get("col.owner"), t.get("col.deadline"), t.get("col.target")), rows));
            }
            if (!d.actions().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Action a : d.actions()) {
                    rows.add(List.of(a.id(), a.title(), a.owner(), a.deadline() == null ? "" : a.deadline().toString(),
                            t.get("action." + a.status().name().toLowerCase(Locale.ROOT)),
                            String.join("; ", a.controlPoints().stream().map(p -> p.date() + " " + p.criterion()).toList())));
                }
                out.add(new ReportBlock.Heading(t.get("col.actions")));
                out.add(new ReportBlock.Table(List.of(t.get("col.id"), t.get("col.action"), t.get("col.owner"), t.get("col.deadline"),
                        t.get("col.status"), t.get("col.controlPoints")), rows));
            }
            if (!d.risks().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Risk r : d.risks()) {
                    rows.add(List.of(t.get("risk." + r.kind().name().toLowerCase(Locale.ROOT)), r.text(), String.valueOf(r.exposure()),
                            r.mitigation(), r.owner()));
                }
                out.add(new ReportBlock.Heading(t.get("report.risks")));
                out.add(new ReportBlock.Table(List.of(t.get("col.kind"), t.get("col.risk"), t.get("col.exposure"), t.get("col.mitigation"),
                        t.get("col.owner")), rows));
            }
        }
        return out;
    }
}
