package com.salesworkbench.ui.strategy.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.workspace.Workspace;
import java.util.Locale;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The strategy perspective's view: the strategy document editor (chapters, goals, action plan). */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=strategy",
        WorkbenchView.ORDER + ":Integer=10"})
public class StrategyView implements WorkbenchView {

    @Reference
    Workspace workspace;

    private BundleContext bundle;

    @Activate
    void activate(BundleContext bundle) {
        this.bundle = bundle;
    }

    @Override
    public String id() {
        return "strategy.document";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(StrategyView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        return new StrategyPart(context, context.client().map(workspace::client).orElse(null), bundle);
    }
}
