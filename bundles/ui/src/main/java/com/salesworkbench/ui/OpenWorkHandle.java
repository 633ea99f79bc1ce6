package com.salesworkbench.ui;

import com.salesworkbench.api.work.OpenWork;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers an {@link OpenWork} service while an editor has unsaved changes, so a client switch or shutdown
 * saves it first (or is refused when saving fails); unregistered once saved or closed. Saving runs on the event
 * thread, where the editor lives.
 */
public final class OpenWorkHandle {

    private final BundleContext bundle;
    private final Supplier<String> describe;
    private final Callable<?> save;
    private ServiceRegistration<OpenWork> registration;

    /** @param bundle the view bundle's context, or null (tests): then nothing is registered */
    public OpenWorkHandle(BundleContext bundle, Supplier<String> describe, Callable<?> save) {
        this.bundle = bundle;
        this.describe = describe;
        this.save = save;
    }

    public boolean registered() {
        return registration != null;
    }

    public void update(boolean dirty) {
        if (bundle == null) {
            return;
        }
        if (dirty && registration == null) {
            registration = bundle.registerService(OpenWork.class, new OpenWork() {
                @Override
                public String describe() {
                    return text(describe);
                }

                @Override
                public void save() throws Exception {
                    onEventThread(save);
                }
            }, null);
        } else if (!dirty) {
            close();
        }
    }

    public void close() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // the bundle stopped first: its services are gone already
            }
            registration = null;
        }
    }

    private static <T> T onEventThread(Callable<T> work) throws Exception {
        if (SwingUtilities.isEventDispatchThread()) {
            return work.call();
        }
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static String text(Supplier<String> work) {
        try {
            return onEventThread((Callable<String>) work::get);
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }
}
