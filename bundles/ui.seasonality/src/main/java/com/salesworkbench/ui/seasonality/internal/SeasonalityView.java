package com.salesworkbench.ui.seasonality.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.workspace.Workspace;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The seasonality view: the seasonal profile and the decomposition of a client series. */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=seasonality",
        WorkbenchView.ORDER + ":Integer=10"})
public class SeasonalityView implements WorkbenchView {

    @Reference
    private Workspace workspace;

    public SeasonalityView() {
    }

    SeasonalityView(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public String id() {
        return "seasonality.profile";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(SeasonalityView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        return new SeasonalityPart(workspace, context);
    }
}
