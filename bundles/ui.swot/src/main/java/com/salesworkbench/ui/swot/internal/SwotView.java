package com.salesworkbench.ui.swot.internal;

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

/** The SWOT perspective's view: the board's four quadrants, TOWS strategies and the factor-score matrix. */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=swot",
        WorkbenchView.ORDER + ":Integer=10"})
public class SwotView implements WorkbenchView {

    @Reference
    Workspace workspace;

    private BundleContext bundle;

    @Activate
    void activate(BundleContext bundle) {
        this.bundle = bundle;
    }

    @Override
    public String id() {
        return "swot.board";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(SwotView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        return new SwotPart(context, context.client().map(workspace::client).orElse(null), bundle);
    }
}
