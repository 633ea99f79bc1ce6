package com.salesworkbench.provisioning.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.work.OpenWork;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.FeatureCatalog;
import com.salesworkbench.provisioning.PluginStatus;
import com.salesworkbench.provisioning.ProvisionedClient;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.ProvisioningException;
import com.salesworkbench.provisioning.SwitchReport;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

/**
 * The provisioning service. All changes to the running bundle set happen on one thread, in order:
 * start-up, client switches and plug-in folder changes, so two of them never interleave.
 */
@Component(service = Provisioning.class, immediate = true)
public class Provisioner implements Provisioning {

    /** Framework property: the distribution folder (with {@code bundles/}, {@code features/}, {@code plugins/}). */
    public static final String HOME_PROPERTY = "workbench.home";
    /** Framework property: the client to start with (otherwise the last active one). */
    public static final String CLIENT_PROPERTY = "workbench.client";

    private static final System.Logger LOG = System.getLogger(Provisioner.class.getName());

    @Reference
    private Workspace workspace;

    @Reference
    private ConfigurationAdmin configurationAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime componentRuntime;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<OpenWork> openWork = new CopyOnWriteArrayList<>();

    private BundleContext context;
    private Path home;
    private FeatureCatalog features;
    private BundleSet bundles;
    private ExecutorService executor;
    private volatile Thread executorThread;
    private volatile ClientProfile active;
    private ServiceRegistration<ProvisionedClient> provisioned;
    private PluginWatcher watcher;

    record Provisioned(ClientProfile profile) implements ProvisionedClient {
    }

    @Activate
    void activate(BundleContext context) {
        this.context = context;
        String h = context.getProperty(HOME_PROPERTY);
        home = Path.of(h != null ? h : ".").toAbsolutePath().normalize();
        features = FeatureCatalog.load(home.resolve("features"));
        bundles = new BundleSet(context, home, features, this::componentRuntime);
        executor = Executors.newSingleThreadExecutor(r -> {
            executorThread = new Thread(r, "workbench-provisioning");
            executorThread.setDaemon(true);
            return executorThread;
        });
        executor.submit(this::startUp);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        // The watcher and the registration belong to the provisioning thread: release them there, last.
        executor.submit(() -> {
            closeWatcher();
            withdrawProvisioned();
        });
        executor.shutdown();
        if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
            executor.shutdownNow();
        }
    }

    private ServiceComponentRuntime componentRuntime() {
        return componentRuntime;
    }

    private Texts texts() {
        return Texts.of(Provisioner.class, Locale.getDefault());
    }

    private void startUp() {
        try {
            if (workspace.readOnly()) {
                LOG.log(System.Logger.Level.WARNING, texts().get("workspace.readOnly", workspace.root(),
                        workspace.lockHolder().orElse("?")));
            }
            ClientId client = startClient();
            ClientProfile profile;
            try {
                profile = profile(client);
            } catch (WorkspaceException e) {
                // Keep the program usable so the profile can be repaired or restored from its history.
                LOG.log(System.Logger.Level.ERROR, texts().get("profile.unreadable", client, e.getMessage()));
                profile = ClientProfile.of(client.value(), client.value(), "en", List.of(FeatureCatalog.CORE));
            }
            report(apply(profile, List.of()), System.Logger.Level.DEBUG);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, texts().get("startup.failed", e.getMessage()), e);
        }
    }

    private ClientId startClient() {
        String requested = context.getProperty(CLIENT_PROPERTY);
        if (requested != null && !requested.isBlank()) {
            ClientId id = ClientId.of(requested.trim());
            if (workspace.exists(id)) {
                return id;
            }
            LOG.log(System.Logger.Level.WARNING, texts().get("client.missing", id));
        }
        Optional<ClientId> last = workspace.lastActiveClient().filter(workspace::exists);
        if (last.isPresent()) {
            return last.get();
        }
        if (workspace.clients().isEmpty() && !workspace.readOnly()) {
            return DemoClient.create(workspace, home).clientId();
        }
        return workspace.clients().stream().findFirst()
                .orElseThrow(() -> new ProvisioningException(texts().get("workspace.empty", workspace.root())));
    }

    @Override
    public Optional<ClientId> activeClient() {
        return Optional.ofNullable(active).map(ClientProfile::clientId);
    }

    @Override
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        try {
            executor.submit(() -> { }).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return true;
        }
    }

    @Override
    public SwitchReport switchTo(ClientId client) {
        return onProvisioningThread(() -> {
            ClientProfile target = profile(client);
            List<String> saved = saveOpenWork();
            SwitchReport r = apply(target, saved);
            report(r, System.Logger.Level.INFO);
            return r;
        });
    }

    private List<String> saveOpenWork() {
        List<String> saved = new ArrayList<>();
        for (OpenWork w : openWork) {
            try {
                w.save();
                saved.add(w.describe());
            } catch (Exception e) {
                throw new ProvisioningException(texts().get("switch.cancelled", w.describe(), e.getMessage()), e);
            }
        }
        return saved;
    }

    /** Puts the profile's bundle set in place and makes it the active client. Runs on the provisioning thread. */
    private SwitchReport apply(ClientProfile target, List<String> saved) {
        long start = System.nanoTime();
        ClientProfile previous = active;
        withdrawProvisioned();
        closeWatcher();
        ClientWorkspace folder = workspace.client(target.clientId());
        List<Path> pluginFolders = List.of(home.resolve("plugins"), folder.bundleFolder());
        BundleSet.Changes changes = bundles.reconcile(target, pluginFolders);
        List<String> problems = new ArrayList<>(changes.problems());
        problems.addAll(applySettings(previous, target));
        active = target;
        workspace.rememberActiveClient(target.clientId());
        try {
            watcher = new PluginWatcher(pluginFolders, this::pluginFoldersChanged);
        } catch (IOException e) {
            problems.add(texts().get("watch.failed", pluginFolders, e.getMessage()));
        }
        provisioned = context.registerService(ProvisionedClient.class, new Provisioned(target),
                new Hashtable<>(Map.of(ProvisionedClient.CLIENT_ID, target.id())));
        return new SwitchReport(previous == null ? null : previous.id(), target.id(), changes.removed(),
                changes.added(), changes.updated(), problems, saved, Duration.ofNanos(System.nanoTime() - start));
    }

    private void pluginFoldersChanged() {
        executor.submit(() -> {
            ClientProfile profile = active;
            if (profile != null) {
                ClientWorkspace folder = workspace.client(profile.clientId());
                BundleSet.Changes c = bundles.reconcile(profile, List.of(home.resolve("plugins"), folder.bundleFolder()));
                report(new SwitchReport(profile.id(), profile.id(), c.removed(), c.added(), c.updated(), c.problems(),
                        List.of(), Duration.ZERO), System.Logger.Level.INFO);
            }
        });
    }

    private void report(SwitchReport r, System.Logger.Level level) {
        Texts t = texts();
        if (!r.added().isEmpty() || !r.removed().isEmpty() || !r.updated().isEmpty()) {
            LOG.log(level, t.get("report.summary", r.to(), r.added().size(), r.removed().size(),
                    r.updated().size(), r.elapsed().toMillis()));
        }
        r.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, p));
    }

    /** Pushes the target's settings into Configuration Admin and deletes those only the previous client had. */
    private List<String> applySettings(ClientProfile previous, ClientProfile target) {
        List<String> problems = new ArrayList<>();
        if (previous != null) {
            for (String pid : previous.settings().keySet()) {
                if (!target.settings().containsKey(pid)) {
                    try {
                        configurationAdmin.getConfiguration(pid, "?").delete();
                    } catch (IOException | RuntimeException e) {
                        problems.add(texts().get("settings.failed", pid, e.getMessage()));
                    }
                }
            }
        }
        target.settings().forEach((pid, values) -> {
            try {
                Configuration c = configurationAdmin.getConfiguration(pid, "?");
                c.updateIfDifferent(Settings.toDictionary(values));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(texts().get("settings.failed", pid, e.getMessage()));
            }
        });
        return problems;
    }

    @Override
    public ClientProfile profile(ClientId client) {
        if (!workspace.exists(client)) {
            throw new ProvisioningException(texts().get("client.missing", client));
        }
        return workspace.client(client).read(ClientProfile.DOCUMENT, ClientProfile.TYPE);
    }

    @Override
    public ClientProfile createClient(ClientProfile profile) {
        validate(profile);
        if (workspace.exists(profile.clientId())) {
            throw new ProvisioningException(texts().get("client.exists", profile.id()));
        }
        ClientWorkspace folder = workspace.create(profile.clientId());
        folder.save(ClientProfile.DOCUMENT, ClientProfile.TYPE, profile);
        return profile;
    }

    @Override
    public void saveProfile(ClientProfile profile) {
        validate(profile);
        workspace.client(profile.clientId()).save(ClientProfile.DOCUMENT, ClientProfile.TYPE, profile);
    }

    private void validate(ClientProfile profile) {
        features.closure(profile.features());
        List<String> unknown = profile.bundles().stream().filter(b -> !bundles.inDistribution(b)).toList();
        if (!unknown.isEmpty()) {
            throw new ProvisioningException(texts().get("bundles.unknown", unknown, home.resolve("bundles")));
        }
    }

    @Override
    public FeatureCatalog features() {
        return features;
    }

    @Override
    public List<PluginStatus> plugins() {
        return bundles.pluginStatuses();
    }

    private <T> T onProvisioningThread(Callable<T> work) {
        try {
            if (Thread.currentThread() == executorThread) {
                return work.call();
            }
            Future<T> f = executor.submit(work);
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new ProvisioningException(e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvisioningException(texts().get("interrupted"), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ProvisioningException(e.getMessage(), e);
        }
    }

    private void withdrawProvisioned() {
        if (provisioned != null) {
            try {
                provisioned.unregister();
            } catch (IllegalStateException e) {
                // already gone with the bundle
            }
            provisioned = null;
        }
    }

    private void closeWatcher() {
        if (watcher != null) {
            watcher.close();
            watcher = null;
        }
    }

    /** Converts JSON setting values to the types Configuration Admin accepts. */
    static final class Settings {
        private Settings() {
        }

        static Dictionary<String, Object> toDictionary(Map<String, Object> values) {
            Hashtable<String, Object> d = new Hashtable<>();
            values.forEach((k, v) -> d.put(k, convert(k, v)));
            return d;
        }

        private static Object convert(String key, Object v) {
            if (v instanceof java.math.BigDecimal b) {
                return b.scale() <= 0 || b.stripTrailingZeros().scale() <= 0 ? (Object) b.longValueExact() : (Object) b.doubleValue();
            }
            if (v instanceof Integer i) {
                return i.longValue();
            }
            if (v instanceof List<?> list) {
                return list.stream().map(String::valueOf).toArray(String[]::new);
            }
            if (v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double) {
                return v;
            }
            throw new IllegalArgumentException("setting '" + key + "' has a value of unsupported type " + v.getClass().getSimpleName());
        }
    }
}
