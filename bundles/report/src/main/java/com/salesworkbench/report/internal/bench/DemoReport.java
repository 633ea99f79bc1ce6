package com.salesworkbench.report.internal.bench;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.forecast.ForecastEngine;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.forecast.internal.ForecastReportSection;
import com.salesworkbench.funnel.internal.FunnelReportSection;
import com.salesworkbench.motivation.internal.PayReportSection;
import com.salesworkbench.motivation.internal.RuleRegistry;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import com.salesworkbench.planning.internal.PlanReportSection;
import com.salesworkbench.provisioning.internal.DemoClient;
import com.salesworkbench.report.internal.ReportEngine;
import com.salesworkbench.report.internal.ReportStyle;
import com.salesworkbench.seasonality.internal.SeasonalReportSection;
import com.salesworkbench.strategy.internal.StrategyReportSection;
import com.salesworkbench.swot.internal.SwotReportSection;
import com.salesworkbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The demo client's full report without a framework, for the benchmark and the report's own tests: a workspace
 * with the demo client as provisioning creates it, and every module's report section made through the constructor
 * each section class has for use outside a framework (the same its own unit tests use). The forecast models come
 * from their ServiceLoader files, the pay rules are the built-in ones. Only this package refers to the modules;
 * the bundle never imports them (see the bnd instructions in the pom): in the framework they arrive as services.
 */
public final class DemoReport implements AutoCloseable {

    public static final ClientId DEMO = ClientId.of("demo");

    private final Workspace workspace;
    private final List<ReportSection> sections = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    public DemoReport(Path folder) {
        workspace = Workspace.open(folder);
        DemoClient.create(workspace, folder.resolve("no-distribution"));
        sections.add(new StrategyReportSection(workspace));
        sections.add(new SwotReportSection(workspace));
        sections.add(new PlanReportSection(workspace));
        sections.add(new SeasonalReportSection(workspace));
        sections.add(new FunnelReportSection(workspace));
        // forecast: an engine over the models found on the class path, as the forecast benchmark does
        List<ForecastModel> models = new ArrayList<>();
        ServiceLoader.load(ForecastModel.class, DemoReport.class.getClassLoader()).forEach(models::add);
        ForecastEngine engine = new ForecastEngine(() -> models, 0);
        closing.add(engine);
        ForecastService service = () -> engine;
        sections.add(new ForecastReportSection(workspace, service));
        sections.add(new PayReportSection(workspace, new RuleRegistry(BuiltinRules.all())));
    }

    public Workspace workspace() {
        return workspace;
    }

    public List<ReportSection> sections() {
        return List.copyOf(sections);
    }

    public ReportEngine engine(ReportStyle style, Clock clock) {
        return new ReportEngine(workspace, this::sections, () -> style, clock);
    }

    @Override
    public void close() throws Exception {
        for (AutoCloseable c : closing) {
            c.close();
        }
        workspace.close();
    }
}
