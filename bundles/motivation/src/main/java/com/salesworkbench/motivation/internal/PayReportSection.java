package com.salesworkbench.motivation.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.money.Money;
import com.salesworkbench.api.pay.PayLine;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.motivation.Figures;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.Problem;
import com.salesworkbench.motivation.RuleSpec;
import com.salesworkbench.motivation.SchemeRun;
import com.salesworkbench.motivation.Statement;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The pay part of the deliverable, per saved scheme of the client: its structure (fixed part, target variable,
 * rules), the pay at typical plan attainments (the scheme's curve, computed by the engine), and the reps' real
 * statements for the latest month of the actual figures stored for the scheme ({@link FigureSheet}), line by line
 * with formulas; without stored figures, the statement of a rep who meets the plan exactly, said to be one.
 */
@Component
public class PayReportSection implements ReportSection {

    /** Attainments the pay curve is shown at. */
    static final List<BigDecimal> ATTAINMENTS = List.of(new BigDecimal("0.5"), new BigDecimal("0.8"), BigDecimal.ONE,
            new BigDecimal("1.2"), new BigDecimal("1.5"));
    /** The monthly plan assumed when a scheme has no equal plan of its own. */
    static final BigDecimal REFERENCE_PLAN = new BigDecimal("1000000");

    @Reference
    private Workspace workspace;

    @Reference
    private RuleRegistry registry;

    public PayReportSection() {
    }

    /** Outside a framework (tests, the report's demo and benchmark on a flat class path). */
    public PayReportSection(Workspace workspace, RuleRegistry registry) {
        this.workspace = workspace;
        this.registry = registry;
    }

    @Override
    public String id() {
        return "pay";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(PayCommands.class, locale).get("report.title");
    }

    @Override
    public List<ReportBlock> content(ReportRequest request) {
        Locale l = request.locale();
        Texts t = Texts.of(PayCommands.class, l);
        Formats f = new Formats(l);
        ClientWorkspace c = workspace.client(request.client());
        PayEngine engine = registry.engine();
        List<ReportBlock> out = new ArrayList<>();
        for (String doc : c.documents()) {
            if (!doc.startsWith(PaySchemes.FOLDER)) {
                continue;
            }
            PayScheme s = c.read(doc, PaySchemes.SCHEME);
            out.add(new ReportBlock.Heading(t.get("report.scheme", s.name(), s.revision())));
            out.add(new ReportBlock.Paragraph(t.get("report.structure", f.amount(s.fixed(), 2), f.amount(s.targetVariable(), 2), s.currency())));
            List<List<String>> rules = new ArrayList<>();
            for (RuleSpec r : s.rules()) {
                PayRule rule = registry.rule(r.type());
                StringBuilder params = new StringBuilder();
                new TreeMap<>(r.parameters()).forEach((k, v) -> params.append(params.length() == 0 ? "" : "; ").append(k).append(" = ")
                        .append(v instanceof Number n ? f.amount(new BigDecimal(n.toString()), 6) : String.valueOf(v)));
                rules.add(List.of(r.id(), rule == null ? r.type() : rule.title(l), params.toString()));
            }
            out.add(new ReportBlock.Table(List.of(t.get("col.rule"), t.get("report.col.type"), t.get("report.col.parameters")), rules));
            BigDecimal plan = s.equalPlan() != null ? s.equalPlan() : REFERENCE_PLAN;
            PlanPeriod month = PlanPeriod.month(YearMonth.of(2026, 1));
            List<List<String>> curve = new ArrayList<>();
            List<Statement> statements = new ArrayList<>();
            for (BigDecimal a : ATTAINMENTS) {
                BigDecimal actual = plan.multiply(a);
                Statement st = engine.evaluate(s, t.get("report.rep"), month, Map.of("plan", plan, "actual", actual));
                statements.add(st);
                Money variable = st.variable();
                curve.add(List.of(f.percent(a), f.amount(actual, 2), f.money(st.total().minus(variable)), f.money(variable), f.money(st.total()),
                        f.percent(st.total().amount().divide(actual, 4, RoundingMode.HALF_EVEN))));
            }
            out.add(new ReportBlock.Heading(t.get("report.curve", f.amount(plan, 2), s.currency())));
            out.add(new ReportBlock.Table(List.of(t.get("col.attainment"), t.get("col.actual"), t.get("col.fixed"), t.get("col.variable"),
                    t.get("col.total"), t.get("col.costOfSales")), curve));
            out.addAll(PayFigures.of(s, statements, l));
            String name = doc.substring(PaySchemes.FOLDER.length());
            Optional<FigureSheet> figures = c.find(FigureSheet.path(name), FigureSheet.TYPE);
            if (figures.isPresent() && !figures.get().rows().isEmpty()) {
                actualStatements(out, s, engine, figures.get(), t, f, l);
            } else {
                // nothing stored to pay on: the statement of the curve's rep at 100 %, said to be one
                Statement atPlan = statements.get(ATTAINMENTS.indexOf(BigDecimal.ONE));
                out.add(new ReportBlock.Heading(t.get("report.atPlan", name)));
                out.add(statementTable(atPlan, s, t, f, l));
                problems(out, atPlan.problems(), t);
            }
        }
        return out;
    }

    /**
     * The real statements of the latest month of the stored figures: every rep's plan, actual, attainment and pay,
     * then each rep's statement line by line. The months before are evaluated first, so draws and other carried
     * state are what the rep was really paid on.
     */
    private void actualStatements(List<ReportBlock> out, PayScheme s, PayEngine engine, FigureSheet sheet, Texts t, Formats f, Locale l) {
        Map<String, SortedMap<PlanPeriod, Map<String, BigDecimal>>> monthly = Figures.monthly(sheet.rows());
        SchemeRun run = SchemeRun.run(engine, s, monthly, false);
        PlanPeriod period = monthly.values().stream().map(SortedMap::lastKey).max(Comparator.naturalOrder()).orElseThrow();
        List<Statement> latest = new ArrayList<>();
        run.statements().forEach((rep, list) -> list.stream().filter(st -> st.period().equals(period)).forEach(latest::add));
        out.add(new ReportBlock.Heading(t.get("report.actuals", period, latest.size())));
        List<List<String>> rows = new ArrayList<>();
        for (Statement st : latest) {
            Map<String, BigDecimal> fig = monthly.get(st.person()).get(period);
            BigDecimal plan = fig.get("plan");
            BigDecimal actual = fig.getOrDefault("actual", BigDecimal.ZERO);
            String attainment = plan == null || plan.signum() == 0 ? Formats.NONE : f.percent(actual.divide(plan, 4, RoundingMode.HALF_EVEN));
            Money variable = st.variable();
            rows.add(List.of(st.person(), plan == null ? Formats.NONE : f.amount(plan, 2), f.amount(actual, 2), attainment,
                    f.money(st.total().minus(variable)), f.money(variable), f.money(st.total())));
        }
        out.add(new ReportBlock.Table(List.of(t.get("col.rep"), t.get("col.plan"), t.get("col.actual"), t.get("col.attainment"),
                t.get("col.fixed"), t.get("col.variable"), t.get("col.total")), rows));
        for (Statement st : latest) {
            out.add(new ReportBlock.Heading(t.get("report.repStatement", st.person(), period)));
            out.add(statementTable(st, s, t, f, l));
        }
        problems(out, run.problems(), t);
    }

    /** A statement line by line as pay:statement prints it: the rule, its formula, its inputs, the amount; the total last. */
    private ReportBlock.Table statementTable(Statement st, PayScheme s, Texts t, Formats f, Locale l) {
        List<List<String>> lines = new ArrayList<>();
        for (PayLine line : st.lines()) {
            RuleSpec spec = s.rules().stream().filter(r -> r.id().equals(line.ruleId())).findFirst().orElse(null);
            PayRule rule = spec == null ? null : registry.rule(spec.type());
            boolean fixed = rule == null && line.ruleId().equals(PayEngine.FIXED);
            String formula = fixed ? t.get("formula.fixed") : rule != null ? rule.formula(line, l) : line.formula();
            String title = fixed ? t.get("line.fixed") : rule != null ? line.ruleId() + " (" + rule.title(l) + ")" : line.ruleId();
            lines.add(List.of(title, formula, PayCommands.inputs(line, rule, fixed, t, f, l), f.money(line.amount())));
        }
        lines.add(List.of(t.get("col.total"), "", "", f.money(st.total())));
        return new ReportBlock.Table(List.of(t.get("col.rule"), t.get("col.formula"), t.get("col.inputs"), t.get("col.amount")), lines);
    }

    private static void problems(List<ReportBlock> out, List<Problem> problems, Texts t) {
        for (Problem p : problems) {
            String why = t.get(p.key(), p.args().toArray());
            out.add(new ReportBlock.Paragraph(p.subject() + ": " + (why.startsWith("!") ? p.message() : why)));
        }
    }
}
