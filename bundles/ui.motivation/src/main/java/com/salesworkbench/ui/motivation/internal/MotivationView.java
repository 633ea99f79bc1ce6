package com.salesworkbench.ui.motivation.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.workspace.Workspace;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The motivation perspective's view: the pay-scheme editor with its payout curve, and the statements per rep. */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=motivation",
        WorkbenchView.ORDER + ":Integer=10"})
public class MotivationView implements WorkbenchView {

    @Reference
    Workspace workspace;

    /** The pay-rule plug-ins as they come and go; a scheme naming a missing one gets a problem line. */
    private final Map<String, PayRule> rules = new ConcurrentHashMap<>();
    private BundleContext bundle;

    @Activate
    void activate(BundleContext bundle) {
        this.bundle = bundle;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRule(PayRule rule) {
        rules.put(rule.type(), rule);
    }

    void removeRule(PayRule rule) {
        rules.remove(rule.type(), rule);
    }

    @Override
    public String id() {
        return "motivation.schemes";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(MotivationView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        return new MotivationPart(context, context.client().map(workspace::client).orElse(null), new Rules() {
            @Override
            public PayEngine engine() {
                return new PayEngine(rules::get);
            }

            @Override
            public Set<String> types() {
                return new TreeSet<>(rules.keySet());
            }

            @Override
            public PayRule rule(String type) {
                return rules.get(type);
            }
        }, bundle);
    }

    /** The rule types the part may use, live. */
    interface Rules {
        PayEngine engine();

        Set<String> types();

        PayRule rule(String type);
    }
}
