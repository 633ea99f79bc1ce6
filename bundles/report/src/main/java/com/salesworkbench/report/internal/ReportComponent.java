package com.salesworkbench.report.internal;

import com.salesworkbench.api.report.ReportRequest;
import com.salesworkbench.api.report.ReportSection;
import com.salesworkbench.report.BuiltReport;
import com.salesworkbench.report.ReportBuilder;
import com.salesworkbench.report.ReportFormat;
import com.salesworkbench.workspace.Workspace;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The report builder service: the sections come and go with their modules; the style with the firm's bundle. */
@Component(service = {ReportBuilder.class, ReportComponent.class})
public class ReportComponent implements ReportBuilder {

    private final List<ReportSection> sections = new CopyOnWriteArrayList<>();

    @Reference
    private Workspace workspace;

    private StyleTracker styles;
    private ReportEngine engine;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addSection(ReportSection section) {
        sections.add(section);
    }

    void removeSection(ReportSection section) {
        sections.remove(section);
    }

    @Activate
    void activate(BundleContext context) {
        styles = new StyleTracker(context);
        styles.open();
        engine = new ReportEngine(workspace, () -> List.copyOf(sections), styles::current, Clock.systemDefaultZone());
    }

    @Deactivate
    void deactivate() {
        styles.close();
    }

    @Override
    public BuiltReport build(ReportRequest request, ReportFormat format) {
        return engine.build(request, format);
    }

    /** Where the current style comes from, and the style bundles that were refused (bundle -> reason). */
    String styleSource() {
        return styles.current().source();
    }

    Map<String, String> styleProblems() {
        return styles.problems();
    }
}
