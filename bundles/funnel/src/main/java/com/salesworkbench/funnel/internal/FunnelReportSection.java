package com.salesworkbench.funnel.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.funnel.DealStatus;
import com.salesworkbench.funnel.Opportunity;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.ReverseFunnel;
import com.salesworkbench.funnel.StageFunnel;
import com.salesworkbench.funnel.WeightedPipeline;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The funnel part of the deliverable, per pipeline of the client: the weighted forecast by rep and month with the
 * department figure, the stage funnel (reached, conversion, days), and the reverse funnel: the deals and earlier
 * stages the forecast months need at the conversions the pipeline itself shows.
 */
@Component
public class FunnelReportSection implements ReportSection {

    static final int MONTHS = 3;
    /** Visit capacity assumed for the load check, as funnel:reverse assumes by default. */
    static final ReverseFunnel.Capacity CAPACITY = new ReverseFunnel.Capacity(1, new BigDecimal(4), 20);

    @Reference
    private Workspace workspace;

    public FunnelReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public FunnelReportSection(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return "funnel";
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(FunnelCommands.class, locale).get("report.title");
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Texts t = Texts.of(FunnelCommands.class, request.locale());
        Formats f = new Formats(request.locale());
        ClientWorkspace c = workspace.client(request.client());
        List<ReportBlock> out = new ArrayList<>();
        for (String doc : c.documents()) {
            if (!doc.startsWith(FunnelDocuments.PIPELINES)) {
                continue;
            }
            Pipeline p = c.read(doc, FunnelDocuments.PIPELINE);
            out.add(new ReportBlock.Heading(t.get("report.pipeline", p.name(), p.currency(), p.asOf())));
            // weighted forecast
            WeightedPipeline.DepartmentForecast d = WeightedPipeline.forecast(p.opportunities(), p.currencyUnit(),
                    YearMonth.from(p.asOf()), MONTHS, WeightedPipeline.DEFAULT_PRUDENCE);
            List<String> head = new ArrayList<>(List.of(t.get("col.rep")));
            d.months().forEach(m -> head.add(m.toString()));
            head.add(t.get("col.total"));
            List<List<String>> rows = new ArrayList<>();
            for (WeightedPipeline.RepForecast r : d.reps()) {
                List<String> row = new ArrayList<>(List.of(r.rep()));
                r.months().values().forEach(m -> row.add(f.money(m)));
                row.add(f.money(r.total()));
                rows.add(row);
            }
            out.add(new ReportBlock.Heading(t.get("report.forecast")));
            out.add(new ReportBlock.Table(head, rows));
            out.add(new ReportBlock.Paragraph(t.get("forecast.weighted", f.money(d.weighted())) + ". "
                    + t.get("forecast.department", f.percent(d.prudence()), f.money(d.prudent())) + "."));
            // stage funnel
            StageFunnel.Report sf = StageFunnel.analyse(p.stages(), p.opportunities());
            List<List<String>> stages = new ArrayList<>();
            for (StageFunnel.StageStats s : sf.stages()) {
                stages.add(List.of(s.stage(), f.count(s.reached()), f.count(s.current()), f.percent(s.conversion()), f.amount(s.averageDays(), 1)));
            }
            out.add(new ReportBlock.Heading(t.get("report.conversion")));
            out.add(new ReportBlock.Table(List.of(t.get("col.stage"), t.get("col.reached"), t.get("col.openNow"), t.get("col.conversion"),
                    t.get("col.days")), stages));
            out.add(new ReportBlock.Paragraph(t.get("conversion.summary", sf.won(), sf.lost(), sf.open(), f.percent(sf.overallConversion()),
                    f.percent(sf.winRate()))));
            out.addAll(FunnelFigures.of(d, sf, request.locale()));
            reverse(p, d, sf, t, f, out);
        }
        return out;
    }

    /** The reverse funnel of the forecast months, when the pipeline has won deals and a conversion at every stage. */
    private static void reverse(Pipeline p, WeightedPipeline.DepartmentForecast d, StageFunnel.Report sf, Texts t, Formats f,
            List<ReportBlock> out) {
        List<Opportunity> won = p.opportunities().stream().filter(o -> o.status() == DealStatus.WON).toList();
        List<ReverseFunnel.Step> steps = new ArrayList<>();
        for (StageFunnel.StageStats s : sf.stages()) {
            if (s.conversion().isEmpty() || s.conversion().get().signum() <= 0) {
                out.add(new ReportBlock.Paragraph(t.get("report.noReverse", s.stage())));
                return;
            }
            int days = s.averageDays().map(BigDecimal::intValue).orElse(0);
            steps.add(new ReverseFunnel.Step(s.stage(), s.conversion().get().min(BigDecimal.ONE), days, ReverseFunnel.Activity.NONE));
        }
        if (won.isEmpty()) {
            out.add(new ReportBlock.Paragraph(t.get("report.noWon")));
            return;
        }
        BigDecimal deal = won.stream().map(Opportunity::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(won.size()), MathContext.DECIMAL64);
        SortedMap<YearMonth, BigDecimal> targets = new TreeMap<>();
        for (YearMonth m : d.months()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (WeightedPipeline.RepForecast r : d.reps()) {
                sum = sum.add(r.months().get(m).amount());
            }
            targets.put(m, sum.multiply(d.prudence()));
        }
        ReverseFunnel.Plan plan = ReverseFunnel.plan(targets, deal, steps, CAPACITY);
        List<List<String>> rows = new ArrayList<>();
        for (ReverseFunnel.Need n : plan.needs()) {
            rows.add(List.of(n.stage(), n.month().toString(), f.amount(n.exact(), 2), f.count(n.required())));
        }
        out.add(new ReportBlock.Heading(t.get("report.reverse")));
        out.add(new ReportBlock.Paragraph(t.get("report.reverseExplain", f.amount(deal, 2))));
        out.add(new ReportBlock.Table(List.of(t.get("col.stage"), t.get("col.month"), t.get("col.exact"), t.get("col.required")), rows));
    }
}
