package com.salesworkbench.ui.plan.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.api.work.OpenWork;
import com.salesworkbench.planning.SalesPlan;
import com.salesworkbench.workspace.Workspace;
import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The plan grid editor of the {@code plan} perspective. Open plans live here, not in a part, so edits
 * survive a part being reopened (a language change recreates parts); while a plan has unsaved edits it is
 * registered as {@link OpenWork}, so a client switch or shutdown saves it first.
 */
@Component(service = WorkbenchView.class, property = {
        WorkbenchView.PERSPECTIVE + "=plan",
        WorkbenchView.ORDER + ":Integer=10"})
public class PlanView implements WorkbenchView {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(PlanView.class.getName());

    @Reference
    private Workspace workspace;

    /** Publishes a piece of open work; the returned action withdraws it. */
    interface Registrar {
        Runnable register(OpenWork work);
    }

    private Registrar registrar = work -> () -> {
    };
    /** An open plan of a client. */
    private record Key(ClientId client, String name) {
    }

    // both touched on the event thread only
    private final Map<Key, PlanEditor> open = new HashMap<>();
    private final Map<Key, Runnable> unsaved = new HashMap<>();

    public PlanView() {
    }

    /** For tests: a view without a framework, open work going to the given registrar. */
    PlanView(Workspace workspace, Registrar registrar) {
        this.workspace = workspace;
        this.registrar = registrar;
    }

    @Activate
    void activate(BundleContext context) {
        this.registrar = work -> {
            ServiceRegistration<OpenWork> reg = context.registerService(OpenWork.class, work, null);
            return () -> unregister(reg);
        };
    }

    /**
     * The view goes away (the program stops, or the bundle is stopped): plans still edited are saved first,
     * as open work must be, since a shutdown does not ask open work the way a client switch does.
     */
    @Deactivate
    void deactivate() {
        onEventThread(() -> {
            open.forEach((key, editor) -> {
                if (editor.dirty()) {
                    try {
                        save(key.client(), editor);
                    } catch (RuntimeException e) {
                        LOG.log(java.util.logging.Level.WARNING, "Plan " + key.name() + " of client "
                                + key.client().value() + " could not be saved on closing: " + e.getMessage(), e);
                    }
                }
            });
            unsaved.values().forEach(Runnable::run);
            unsaved.clear();
            open.clear();
        });
    }

    @Override
    public String id() {
        return "plan.grid";
    }

    @Override
    public String title(Locale locale) {
        return Texts.of(PlanView.class, locale).get("view.title");
    }

    @Override
    public ViewPart open(ViewContext context) {
        return new PlanPart(this, context);
    }

    Workspace workspace() {
        return workspace;
    }

    /** The open editor of a plan (with its unsaved edits), if it is open. */
    PlanEditor openEditor(ClientId client, String name) {
        return open.get(new Key(client, name));
    }

    /** Keeps a freshly read plan open, unless another part opened it meanwhile; returns the one kept. */
    PlanEditor keep(ClientId client, PlanEditor editor) {
        return open.computeIfAbsent(new Key(client, editor.name()), k -> editor);
    }

    /** Forgets an unedited plan (e.g. after reverting), so the next open reads the document again. */
    void forget(ClientId client, String name) {
        PlanEditor e = open.get(new Key(client, name));
        if (e != null && !e.dirty()) {
            open.remove(new Key(client, name));
        }
    }

    /** Registers or withdraws the plan as open work as its unsaved state changes. */
    void dirtyChanged(ClientId client, PlanEditor editor) {
        Key key = new Key(client, editor.name());
        Runnable withdraw = unsaved.get(key);
        if (editor.dirty() && withdraw == null) {
            unsaved.put(key, registrar.register(new UnsavedPlan(client, editor)));
        } else if (!editor.dirty() && withdraw != null) {
            unsaved.remove(key);
            withdraw.run();
        }
    }

    /** Saves through the workspace (atomic, a new version in the history) after evaluating the plan. */
    void save(ClientId client, PlanEditor editor) {
        SalesPlan doc = editor.document();
        doc.grid(); // refuses a plan that does not evaluate before anything is written
        workspace.client(client).save(SalesPlan.FOLDER + editor.name(), SalesPlan.DOCUMENT_TYPE, doc);
        editor.saved(doc);
        dirtyChanged(client, editor);
    }

    /** Saves the plan's locks at once (they are not part of the plan, so no Save is needed for them). */
    void saveLocks(ClientId client, PlanEditor editor) {
        workspace.client(client).save(PlanEditor.Locks.FOLDER + editor.name(), PlanEditor.Locks.TYPE, editor.locksDocument());
    }

    private static void unregister(ServiceRegistration<OpenWork> reg) {
        try {
            reg.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the bundle is stopping: the framework withdrew it
        }
    }

    private static void onEventThread(Runnable r) {
        if (SwingUtilities.isEventDispatchThread()) {
            r.run();
            return;
        }
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private final class UnsavedPlan implements OpenWork {
        private final ClientId client;
        private final PlanEditor editor;

        UnsavedPlan(ClientId client, PlanEditor editor) {
            this.client = client;
            this.editor = editor;
        }

        @Override
        public String describe() {
            return Texts.of(PlanView.class, Locale.getDefault()).get("work.describe", editor.name(), client.value());
        }

        @Override
        public void save() throws Exception {
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            onEventThread(() -> {
                try {
                    PlanView.this.save(client, editor);
                } catch (RuntimeException e) {
                    failure.set(e);
                }
            });
            if (failure.get() != null) {
                throw failure.get();
            }
        }
    }
}
