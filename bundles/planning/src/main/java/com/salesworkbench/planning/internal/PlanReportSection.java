package com.salesworkbench.planning.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The sales plan part of the deliverable: every plan of the client in units and in money, with the subtotals
 * along its first dimension and the company total (for the demo client, tables 1 and 4 of the planning article),
 * and the targets with their top-down / bottom-up gap.
 */
@Component
public class PlanReportSection implements ReportSection {

    @Reference
    private Workspace workspace;

    public PlanReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public PlanReportSection(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return "plan";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(PlanCommands.class, locale).get("report.title");
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Texts t = Texts.of(PlanCommands.class, request.locale());
        Formats f = new Formats(request.locale());
        ClientWorkspace c = workspace.client(request.client());
        List<ReportBlock> out = new ArrayList<>();
        for (String name : names(c)) {
            SalesPlan plan = c.read(SalesPlan.FOLDER + name, SalesPlan.DOCUMENT_TYPE);
            PlanGrid g = plan.grid();
            out.add(new ReportBlock.Heading(plan.title()));
            out.add(new ReportBlock.Paragraph(t.get("report.plan", plan.periods().get(0), plan.periods().get(plan.periods().size() - 1),
                    plan.currency(), t.get("mode." + plan.mode().name()), f.money(g.total(Map.of())))));
            PlanTable units = PlanTable.of(plan, g, plan.dimensions().get(0), true, f, t);
            out.add(new ReportBlock.Heading(t.get("report.units")));
            out.add(new ReportBlock.Table(units.header(), units.rows()));
            PlanTable money = PlanTable.of(plan, g, plan.dimensions().get(0), false, f, t);
            out.add(new ReportBlock.Heading(t.get("report.money")));
            out.add(new ReportBlock.Table(money.header(), money.rows()));
            if (!g.targets().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                for (Map.Entry<PlanKey, Money> e : g.targets().entrySet()) {
                    rows.add(List.of(g.describe(e.getKey()), f.money(e.getValue()), f.money(g.money(e.getKey())), f.money(g.gap(e.getKey()))));
                }
                out.add(new ReportBlock.Heading(t.get("report.targets")));
                out.add(new ReportBlock.Table(List.of(t.get("report.col.cell"), t.get("report.col.topDown"), t.get("report.col.bottomUp"),
                        t.get("report.col.gap")), rows));
            }
            out.addAll(PlanFigures.of(plan, g, request.locale()));
        }
        return out;
    }

    /** The sales plans directly under plans/ (sub-folders hold other kinds of plans). */
    static List<String> names(ClientWorkspace c) {
        List<String> out = new ArrayList<>();
        for (String doc : c.documents()) {
            if (doc.startsWith(SalesPlan.FOLDER) && doc.indexOf('/', SalesPlan.FOLDER.length()) < 0
                    && c.find(doc, SalesPlan.DOCUMENT_TYPE).isPresent()) {
                out.add(doc.substring(SalesPlan.FOLDER.length()));
            }
        }
        return out;
    }
}
