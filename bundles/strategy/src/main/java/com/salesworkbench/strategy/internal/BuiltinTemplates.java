package com.salesworkbench.strategy.internal;

import com.salesworkbench.api.document.DocumentTemplate;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Contributes the module's templates (the checklists of the strategy domain and the three-horizon outline) as
 * {@link DocumentTemplate} services, one per template, with the {@link DocumentTemplate#KIND} property.
 */
@Component(service = {}, immediate = true)
public class BuiltinTemplates {

    private final List<ServiceRegistration<DocumentTemplate>> registrations = new ArrayList<>();

    @Activate
    void activate(BundleContext context) {
        for (DataTemplate t : DataTemplate.builtin()) {
            Hashtable<String, Object> props = new Hashtable<>();
            props.put(DocumentTemplate.KIND, t.kind());
            registrations.add(context.registerService(DocumentTemplate.class, t, props));
        }
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<DocumentTemplate> r : registrations) {
            try {
                r.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
        }
        registrations.clear();
    }
}
