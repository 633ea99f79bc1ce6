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
        return new ForecastPart(workspace, forecasts.engine(), context);
    }
}
