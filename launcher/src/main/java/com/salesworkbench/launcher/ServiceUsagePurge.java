package com.salesworkbench.launcher;

import java.lang.reflect.Field;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.launch.Framework;

/**
 * Works around a leak in Felix's service registry (7.0.5, unchanged upstream): a bundle that got and
 * released a service keeps an entry in the registry's usage map after it is uninstalled, because usage
 * counts of zero are never flushed for singleton services. Every Declarative Services bundle gets
 * Configuration Admin that way, so each client switch left about 6 KB behind (the uninstalled bundle,
 * its revision and its jar index; measured with the platform benchmark and a heap dump). After each
 * refresh, this listener removes the entries of uninstalled bundles, which can never use a service again.
 * If Felix changes its internals, the purge quietly stops; nothing else depends on it.
 */
final class ServiceUsagePurge implements FrameworkListener {

    private final Map<?, ?> usageByBundle;

    private ServiceUsagePurge(Map<?, ?> usageByBundle) {
        this.usageByBundle = usageByBundle;
    }

    static void install(Framework framework) {
        try {
            Object registry = field(framework.getClass(), "m_registry").get(framework);
            Map<?, ?> inUse = (Map<?, ?>) field(registry.getClass(), "m_inUseMap").get(registry);
            framework.getBundleContext().addFrameworkListener(new ServiceUsagePurge(inUse));
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.getLogger(ServiceUsagePurge.class.getName()).log(System.Logger.Level.DEBUG,
                    "Felix internals changed; the service usage purge is off: " + e);
        }
    }

    @Override
    public void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
            usageByBundle.keySet().removeIf(b -> b instanceof Bundle bundle && bundle.getState() == Bundle.UNINSTALLED);
        }
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}
