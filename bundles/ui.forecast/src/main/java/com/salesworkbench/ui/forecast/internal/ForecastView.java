package com.salesworkbench.ui.forecast.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.forecast.ForecastService;
import com.salesworkbench.workspace.Workspace;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The forecast view of the {@code forecast} perspective: a client series, a method among the installed
 * models, the forecast with its 80 / 95 % fan, the chosen model and why, and backtests with their metrics.
 */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=forecast",
        WorkbenchView.ORDER + ":Integer=10"})
public class ForecastView implements WorkbenchView {

    @Reference
    private Workspace workspace;
    @Reference
    private ForecastService forecasts;

    private final java.util.List<ForecastPart> parts = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Models come and go (a plug-in dropped in): open parts refresh their method list. */
    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    void addModel(com.salesworkbench.api.forecast.ForecastModel model) {
        modelsChanged();
    }

    void removeModel(com.salesworkbench.api.forecast.ForecastModel model) {
        modelsChanged();
    }

    void modelsChanged() {
        if (!parts.isEmpty()) {
            javax.swing.SwingUtilities.invokeLater(() -> parts.forEach(ForecastPart::refreshMethods));
        }
    }

    public ForecastView() {
    }

    ForecastView(Workspace workspace, ForecastService forecasts) {
        this.workspace = workspace;
        this.forecasts = forecasts;
    }

    @Override
    public String id() {
        return "forecast.series";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(ForecastView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        ForecastPart part = new ForecastPart(workspace, forecasts.engine(), context, parts::remove);
        parts.add(part);
        return part;
    }
}
