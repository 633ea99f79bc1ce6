package com.salesworkbench.shell.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.shell.text.TextTable;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.Feature;
import com.salesworkbench.provisioning.FeatureCatalog;
import com.salesworkbench.provisioning.Provisioning;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.felix.service.command.Descriptor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/** {@code feature:*}: the features of the distribution and the state of the active client's bundles. */
@Component(service = FeatureCommands.class, property = {
        "osgi.command.scope=feature",
        "osgi.command.function=list",
        "osgi.command.function=status"})
public class FeatureCommands {

    @Reference
    private Provisioning provisioning;

    @Reference
    private ServiceComponentRuntime componentRuntime;

    private BundleContext context;

    @Activate
    void activate(BundleContext context) {
        this.context = context;
    }

    private static Texts texts() {
        return Texts.of(FeatureCommands.class, Locale.getDefault());
    }

    @Descriptor("List the features of the distribution; * marks those the active client runs")
    public String list() {
        Texts t = texts();
        FeatureCatalog catalog = provisioning.features();
        Set<String> active = new HashSet<>();
        provisioning.activeClient().map(provisioning::profile)
                .ifPresent(p -> catalog.closure(p.features()).forEach(f -> active.add(f.name())));
        TextTable table = new TextTable("", t.get("col.feature"), t.get("col.title"), t.get("col.requires"), t.get("col.bundles"));
        for (Feature f : catalog.all()) {
            table.row(active.contains(f.name()) ? "*" : "", f.name(), f.title(Locale.getDefault()),
                    String.join(", ", f.requires()), f.bundles().size());
        }
        return table.toString();
    }

    @Descriptor("Check that every bundle and component of the active client's features is running; fails if not")
    public String status() throws InterruptedException {
        Texts t = texts();
        provisioning.awaitIdle(java.time.Duration.ofMinutes(1));
        ClientProfile profile = provisioning.profile(provisioning.requireActiveClient());
        List<String> wanted = new ArrayList<>(provisioning.features().bundles(profile.features()));
        wanted.addAll(profile.bundles());
        Map<String, Bundle> installed = new HashMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null) {
                installed.put(b.getSymbolicName(), b);
            }
        }
        List<String> problems = new ArrayList<>();
        int active = 0;
        int components = 0;
        for (String name : wanted) {
            Bundle b = installed.get(name);
            if (b == null) {
                problems.add(t.get("status.notInstalled", name));
                continue;
            }
            if (b.getState() != Bundle.ACTIVE && b.getHeaders("").get("Fragment-Host") == null) {
                problems.add(t.get("status.notActive", name));
                continue;
            }
            active++;
            for (ComponentDescriptionDTO d : componentRuntime.getComponentDescriptionDTOs(b)) {
                for (ComponentConfigurationDTO c : componentRuntime.getComponentConfigurationDTOs(d)) {
                    if (c.state == ComponentConfigurationDTO.ACTIVE || c.state == ComponentConfigurationDTO.SATISFIED) {
                        components++;
                    } else {
                        problems.add(t.get("status.component", d.name, name, c.failure == null ? t.get("status.unsatisfied") : c.failure));
                    }
                }
                if (componentRuntime.getComponentConfigurationDTOs(d).isEmpty() && d.defaultEnabled) {
                    problems.add(t.get("status.component", d.name, name, t.get("status.unsatisfied")));
                }
            }
        }
        long upMillis = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder sb = new StringBuilder(t.get("status.summary", profile.id(), active, wanted.size(), components, upMillis)).append('\n');
        problems.forEach(p -> sb.append(p).append('\n'));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(sb.toString().trim());
        }
        return sb.toString();
    }
}
