package com.salesworkbench.ui.funnel.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.workspace.Workspace;
import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The funnel perspective's view: stage funnel, reverse funnel and the pipeline's range for the active client. */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=funnel",
        WorkbenchView.ORDER + ":Integer=10"})
public class FunnelView implements WorkbenchView {

    @Reference
    Workspace workspace;

    @Override
    public String id() {
        return "funnel.pipeline";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(FunnelView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        return new FunnelPart(context, context.client().map(workspace::client).orElse(null));
    }
}
