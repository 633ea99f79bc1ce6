package com.salesworkbench.ui.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.WorkbenchCommand;
import com.salesworkbench.api.ui.WorkbenchView;
import com.salesworkbench.api.work.OpenWork;
import com.salesworkbench.io.DataImport;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.ProvisionedClient;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.ui.Workbench;
import com.salesworkbench.ui.internal.imports.ImportFlow;
import com.salesworkbench.ui.internal.model.CommandEntry;
import com.salesworkbench.ui.internal.model.Layout;
import com.salesworkbench.ui.internal.model.OpenWorkSaver;
import com.salesworkbench.ui.internal.model.Part;
import com.salesworkbench.ui.internal.model.Theme;
import com.salesworkbench.ui.internal.model.ViewEntry;
import com.salesworkbench.ui.internal.model.WindowHost;
import com.salesworkbench.ui.internal.model.WindowModel;
import com.salesworkbench.ui.internal.swing.MainWindow;
import com.salesworkbench.ui.internal.swing.Themes;
import com.salesworkbench.ui.internal.swing.WarmUp;
import com.salesworkbench.ui.internal.swing.WindowActions;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The workbench: follows the view and command services (the whiteboard) and the active client into a
 * {@link WindowModel}, and shows it in a {@link MainWindow} when the launcher asked for a window
 * (framework property {@value #WINDOW_PROPERTY}) and a display exists. Without a window the model still
 * runs, so integration tests and tools see what a window would show.
 */
@Component(immediate = true, service = Workbench.class)
public final class WorkbenchComponent implements Workbench, WindowActions {

    /** Framework property set by the launcher when it wants the window instead of the shell. */
    public static final String WINDOW_PROPERTY = "workbench.window";
    /** System property: run the UI benchmark script once the window shows (see UiBenchmark). */
    public static final String BENCH_PROPERTY = "workbench.bench.ui";
    private static final Logger LOG = Logger.getLogger(WorkbenchComponent.class.getName());

    private final HeadlessHost headless = new HeadlessHost();
    private volatile WindowHost target = headless;
    private final WindowModel model = new WindowModel(new WindowHost() {
        @Override
        public <T> void run(BackgroundTask<T> task) {
            target.run(task);
        }

        @Override
        public void showError(String where, Throwable error) {
            target.showError(where, error);
        }

        @Override
        public void status(String message) {
            target.status(message);
        }

        @Override
        public void importFiles(ViewContext part, ClientWorkspace client, List<Path> files, ImportKind kind,
                                Consumer<FileImports.Imported> imported) {
            DataImport io = dataImport;
            if (io != null && target instanceof MainWindow w) {
                new ImportFlow(part, io, client, w.importDialogs()).start(files, kind, imported);
            } else {
                WindowHost.super.importFiles(part, client, files, kind, imported);
            }
        }
    }, Locale.getDefault());
    private final ExecutorService switcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workbench-client-switch");
        t.setDaemon(true);
        return t;
    });

    @Reference
    private Provisioning provisioning;

    /** Unsaved work of the editors (and imports), asked to save before the program stops. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<OpenWork> openWork = new CopyOnWriteArrayList<>();

    private final SynchronousBundleListener stopping = this::frameworkStopping;
    /** Set once the quit saved the open work, so the framework's stop does not ask again. */
    private volatile boolean savedForStop;

    @Reference
    private Workspace workspace;

    /** The import of dropped files; optional so that the window tolerates io leaving (it says so on a drop). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DataImport dataImport;

    private BundleContext bundleContext;
    private volatile boolean windowWanted;
    /** Event thread only. */
    private MainWindow window;
    private volatile UiBenchmark bench;
    /** Counted down once the start-up warm-up (see {@link WarmUp}) is done. */
    private final java.util.concurrent.CountDownLatch warmedUp = new java.util.concurrent.CountDownLatch(1);
    /** Event thread only: the font is loaded; the layout to show the window with once it is. */
    private boolean fontReady;
    private Layout pendingLayout;
    /** Event thread only: the client that arrived before the window was built. */
    private Runnable pendingArrival;

    @Activate
    void activate(BundleContext context) {
        this.bundleContext = context;
        context.addBundleListener(stopping);
        windowWanted = Boolean.parseBoolean(context.getProperty(WINDOW_PROPERTY)) && !GraphicsEnvironment.isHeadless();
        if (!windowWanted) {
            return;
        }
        if (System.getProperty(BENCH_PROPERTY) != null) {
            bench = new UiBenchmark(this);
            bench.install();
        }
        // The hidden window is built while provisioning still starts the client's bundles. The font (a 10 MB
        // file) loads on one thread; the look of the last client (so the usual start needs no second theme switch)
        // is installed on another. No component exists before both are in, so both may be set off the event
        // thread, and the window is built once, in its final look and font (no update of a built component tree,
        // which took 300-800 ms of the event thread).
        Thread font = daemon("workbench-font", () -> Themes.warmUp(null));
        daemon("workbench-look", () -> {
            Theme theme = Theme.parse(workspace.lastActiveClient().map(this::loadLayout).orElse(Layout.DEFAULT).theme());
            List<ClientChoice> clients = clients();
            Themes.applyLook(theme);
            try {
                font.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Themes.applyFont();
            Edt.later(() -> {
                fontReady = true;
                createWindow(theme, clients);
            });
        });
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private void createWindow(Theme installed, List<ClientChoice> clients) {
        model.setTheme(installed);
        window = new MainWindow(model, this);
        window.setClients(clients);
        target = window;
        UiBenchmark b = bench;
        if (b != null) {
            b.windowCreated(window);
        }
        Runnable arrival = pendingArrival;
        pendingArrival = null;
        if (arrival != null) {
            arrival.run();
        }
        showWhenReady();
    }

    private void showWhenReady() {
        if (fontReady && pendingLayout != null && window != null && !window.showing()) {
            window.open(pendingLayout);
            pendingLayout = null;
            // the other look and the bold face, for a quick theme switch later; the views' kinds of components and
            // charts painted once off the event thread, so opening a view does not pay for their first paint
            Theme other = model.theme().other();
            Locale language = model.language();
            // after the first paint: the warm-up must not compete with what the user waits for
            window.afterFirstPaint(() -> daemon("workbench-warm-up", () -> {
                try {
                    Themes.warmUp(other);
                    WarmUp.paint(language);
                } catch (RuntimeException | LinkageError e) {
                    LOG.log(Level.FINE, "Warming up the views' painting failed: " + e, e);
                } finally {
                    warmedUp.countDown();
                }
            }));
        }
    }

    @Deactivate
    void deactivate() {
        try {
            bundleContext.removeBundleListener(stopping);
        } catch (IllegalStateException e) {
            // the bundle context is gone already
        }
        Edt.run(() -> {
            if (window != null) {
                model.client().ifPresent(id -> saveLayout(id, window.layout()));
                window.close();
                window = null;
                target = headless;
            }
            model.disposeAll();
        });
        switcher.shutdownNow();
        headless.shutdown();
    }

    // ---- the whiteboard ----

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindView(WorkbenchView view, ServiceReference<WorkbenchView> ref) {
        String id;
        try {
            id = view.id();
        } catch (RuntimeException e) {
            id = "view-" + ref.getProperty(Constants.SERVICE_ID);
        }
        Object order = ref.getProperty(WorkbenchView.ORDER);
        ViewEntry entry = new ViewEntry(id, (String) ref.getProperty(WorkbenchView.PERSPECTIVE),
                order instanceof Number n ? n.intValue() : parseInt(order), view, origin(ref));
        Edt.later(() -> model.addView(entry));
    }

    /** Waits for the event thread, so the part is disposed before the view's bundle finishes stopping. */
    void unbindView(WorkbenchView view) {
        Edt.run(() -> model.removeView(view));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindCommand(WorkbenchCommand command, ServiceReference<WorkbenchCommand> ref) {
        Object toolbar = ref.getProperty(WorkbenchCommand.TOOLBAR);
        CommandEntry entry = new CommandEntry(command, (String) ref.getProperty(WorkbenchCommand.MENU),
                Boolean.TRUE.equals(toolbar) || "true".equals(toolbar), origin(ref));
        Edt.later(() -> model.addCommand(entry));
    }

    void unbindCommand(WorkbenchCommand command) {
        Edt.run(() -> model.removeCommand(command));
    }

    private static String origin(ServiceReference<?> ref) {
        return ref.getBundle() == null ? "?" : ref.getBundle().getSymbolicName();
    }

    private static int parseInt(Object o) {
        try {
            return o == null ? 0 : Integer.parseInt(o.toString().trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    // ---- the active client ----

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindClient(ProvisionedClient client) {
        ClientProfile profile = client.profile();
        ClientId id = profile.clientId();
        // off the event thread: these read the disk
        Layout layout = loadLayout(id);
        List<ClientChoice> clients = clients();
        Edt.later(() -> clientArrived(id, profile.javaLocale(), layout, clients));
    }

    /** A switch is starting: keep the leaving client's layout. */
    void unbindClient(ProvisionedClient client) {
        ClientId id = client.profile().clientId();
        Optional<Layout> layout = Edt.call(() -> window == null ? Optional.<Layout>empty() : Optional.of(window.layout()));
        layout.ifPresent(l -> saveLayout(id, l));
    }

    private void clientArrived(ClientId id, Locale clientLocale, Layout layout, List<ClientChoice> clients) {
        if (windowWanted && window == null) {
            // The look is still being installed on its own thread: no part may be built before the window is.
            pendingArrival = () -> clientArrived(id, clientLocale, layout, clients);
            return;
        }
        model.restore(layout);
        if (window == null) {
            model.setTheme(Theme.parse(layout.theme()));
            model.setClient(id, clientLocale);
            return;
        }
        window.setTheme(Theme.parse(layout.theme()));
        model.setClient(id, clientLocale);
        window.setClients(clients);
        if (!window.showing()) {
            pendingLayout = layout;
            showWhenReady();
        }
    }

    private Layout loadLayout(ClientId id) {
        try {
            return workspace.client(id).find(Layout.DOCUMENT, Layout.TYPE).orElse(Layout.DEFAULT);
        } catch (WorkspaceException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "The window layout of client " + id.value() + " cannot be read; using the default: " + e.getMessage());
            return Layout.DEFAULT;
        }
    }

    private void saveLayout(ClientId id, Layout layout) {
        try {
            var ws = workspace.client(id);
            if (!layout.equals(ws.find(Layout.DOCUMENT, Layout.TYPE).orElse(null))) {
                ws.save(Layout.DOCUMENT, Layout.TYPE, layout);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The window layout of client " + id.value() + " cannot be saved: " + e.getMessage());
        }
    }

    // ---- WindowActions ----

    @Override
    public List<ClientChoice> clients() {
        List<ClientChoice> out = new ArrayList<>();
        for (ClientId id : workspace.clients()) {
            String name;
            try {
                name = provisioning.profile(id).name();
            } catch (RuntimeException e) {
                name = id.value();
            }
            out.add(new ClientChoice(id, name));
        }
        return out;
    }

    @Override
    public void switchClient(ClientId id) {
        MainWindow w = window;
        var texts = UiTexts.of(model.language());
        if (w != null) {
            w.status(texts.get("status.switching", id.value()));
        }
        switcher.execute(() -> {
            long t0 = System.nanoTime();
            try {
                provisioning.switchTo(id);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                Edt.later(() -> target.status(texts.get("status.switched", id.value(), ms)));
            } catch (RuntimeException e) {
                Edt.later(() -> target.showError(texts.get("error.switch", id.value()), e));
            }
        });
    }

    /**
     * The user quits (window closed, Ctrl+Q): open work is saved first, as for a client switch; a save that fails
     * keeps the program running with the error shown, so nothing is lost.
     */
    @Override
    public void quit() {
        var texts = UiTexts.of(model.language());
        // Not on the event thread: saving waits for the editors' event-thread work, and stopping the framework
        // deactivates this component, which needs the event thread.
        Thread t = new Thread(() -> {
            OpenWorkSaver.Outcome outcome = OpenWorkSaver.saveAll(openWork);
            if (!outcome.mayQuit()) {
                OpenWorkSaver.Failure f = outcome.failure().get();
                Edt.later(() -> target.showError(texts.get("error.quit", f.what()), f.error()));
                return;
            }
            savedForStop = true;
            stopProgram();
        }, "workbench-quit");
        t.start();
    }

    /** Stops the framework, and so the program (open work already saved). */
    void stopProgram() {
        try {
            bundleContext.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).stop();
        } catch (BundleException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Cannot stop the program: " + e.getMessage());
        }
    }

    /**
     * The framework is stopping for another reason (the shell's stop, the process ending): every bundle is still
     * active at this moment, so open work is saved while its editors and the workspace are there. Nothing can
     * veto a stop: what cannot be saved is logged.
     */
    private void frameworkStopping(BundleEvent e) {
        if (e.getType() != BundleEvent.STOPPING || e.getBundle().getBundleId() != 0 || savedForStop) {
            return;
        }
        OpenWorkSaver.Outcome outcome = OpenWorkSaver.saveAll(openWork);
        outcome.failure().ifPresent(f -> LOG.log(Level.WARNING, "Open work " + f.what() + " could not be saved on stopping: "
                + f.error().getMessage(), f.error()));
    }

    // ---- Workbench (the model as a service) ----

    @Override
    public State state() {
        return Edt.call(this::snapshot);
    }

    @Override
    public State select(String viewId) {
        return Edt.call(() -> {
            model.select(viewId);
            return snapshot();
        });
    }

    private State snapshot() {
        Map<String, List<String>> views = new LinkedHashMap<>();
        for (String p : model.perspectives()) {
            views.put(p, model.views(p).stream().map(ViewEntry::id).toList());
        }
        Map<String, PartState> parts = new LinkedHashMap<>();
        for (Map.Entry<String, Part> e : model.openParts().entrySet()) {
            Part p = e.getValue();
            parts.put(e.getKey(), new PartState(e.getKey(), p.part().isPresent(),
                    p.failure().map(f -> f.getClass().getName() + ": " + f.getMessage() + " at " + p.where())));
        }
        return new State(model.client().map(ClientId::value), model.language().toLanguageTag(), model.theme().name(),
                model.activePerspective(), model.perspectives(), views,
                model.commands().stream().map(CommandEntry::id).toList(), parts,
                window != null && window.frame().isShowing());
    }

    // ---- for the benchmark (same bundle) ----

    WindowModel model() {
        return model;
    }

    MainWindow window() {
        return window;
    }

    boolean awaitWarmUp(long millis) throws InterruptedException {
        return warmedUp.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    Provisioning provisioning() {
        return provisioning;
    }

    BundleContext bundleContext() {
        return bundleContext;
    }
}
