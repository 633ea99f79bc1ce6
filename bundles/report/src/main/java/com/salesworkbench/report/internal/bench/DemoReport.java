package com.salesworkbench.report.internal.bench;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.forecast.ForecastModel;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.report.internal.ReportEngine;
import com.salesworkbench.report.internal.ReportStyle;
import com.salesworkbench.workspace.Workspace;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The demo client's full report without a framework, for the benchmark and the report's own tests: a workspace
 * with the demo client as provisioning creates it, and every module's report section built the way its unit
 * tests build it. The modules' classes are found by name on a flat class path (this bundle never imports them);
 * the forecast models come from their ServiceLoader files, the pay rules are the built-in ones.
 */
public final class DemoReport implements AutoCloseable {

    public static final ClientId DEMO = ClientId.of("demo");

    private final Workspace workspace;
    private final List<ReportSection> sections = new ArrayList<>();
    private final List<AutoCloseable> closing = new ArrayList<>();

    public DemoReport(Path folder) throws ReflectiveOperationException {
        workspace = Workspace.open(folder);
        Method create = Class.forName("com.salesworkbench.provisioning.internal.DemoClient").getDeclaredMethod("create", Workspace.class, Path.class);
        create.setAccessible(true);
        create.invoke(null, workspace, folder.resolve("no-distribution"));
        sections.add(section("com.salesworkbench.strategy.internal.StrategyReportSection"));
        sections.add(section("com.salesworkbench.swot.internal.SwotReportSection"));
        sections.add(section("com.salesworkbench.planning.internal.PlanReportSection"));
        sections.add(section("com.salesworkbench.seasonality.internal.SeasonalReportSection"));
        sections.add(section("com.salesworkbench.funnel.internal.FunnelReportSection"));
        // forecast: an engine over the models found on the class path, as the forecast benchmark does
        List<ForecastModel> models = new ArrayList<>();
        ServiceLoader.load(ForecastModel.class, DemoReport.class.getClassLoader()).forEach(models::add);
        Class<?> engineType = Class.forName("com.salesworkbench.forecast.ForecastEngine");
        Object engine = engineType.getConstructor(java.util.function.Supplier.class, int.class).newInstance((java.util.function.Supplier<Object>) () -> models, 0);
        closing.add((AutoCloseable) engine);
        Class<?> serviceType = Class.forName("com.salesworkbench.forecast.ForecastService");
        Object service = java.lang.reflect.Proxy.newProxyInstance(DemoReport.class.getClassLoader(), new Class<?>[] {serviceType},
                (proxy, m, args) -> switch (m.getName()) {
                    case "engine" -> engine;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> "ForecastService";
                });
        sections.add(section("com.salesworkbench.forecast.internal.ForecastReportSection", workspace, service));
        // pay: the rule registry with the built-in rules
        Class<?> registryType = Class.forName("com.salesworkbench.motivation.internal.RuleRegistry");
        Object registry = registryType.getConstructor().newInstance();
        Method add = registryType.getDeclaredMethod("addRule", Class.forName("com.salesworkbench.api.pay.PayRule"));
        add.setAccessible(true);
        for (Object rule : (List<?>) Class.forName("com.salesworkbench.motivation.internal.rules.BuiltinRules").getMethod("all").invoke(null)) {
            add.invoke(registry, rule);
        }
        sections.add(section("com.salesworkbench.motivation.internal.PayReportSection", workspace, registry));
    }

    private ReportSection section(String type, Object... args) throws ReflectiveOperationException {
        Object[] a = args.length == 0 ? new Object[] {workspace} : args;
        for (Constructor<?> c : Class.forName(type).getDeclaredConstructors()) {
            if (c.getParameterCount() == a.length) {
                c.setAccessible(true);
                return (ReportSection) c.newInstance(a);
            }
        }
        throw new NoSuchMethodException(type + " has no constructor for " + a.length + " argument(s)");
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
