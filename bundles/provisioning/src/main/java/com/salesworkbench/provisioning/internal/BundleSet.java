package com.salesworkbench.provisioning.internal;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.FeatureCatalog;
import com.salesworkbench.provisioning.PluginStatus;
import com.salesworkbench.provisioning.internal.JarCheck.Identity;
import com.salesworkbench.provisioning.internal.JarCheck.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Version;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The bundles that provisioning manages (everything but {@code core}), and the work of bringing them in
 * line with a profile: compute the wanted set, uninstall what is not wanted, update changed plug-ins,
 * install and start what is new. Only the provisioning thread calls {@link #reconcile}.
 */
final class BundleSet {

    private static final String REFERENCE = "reference:";

    /** What one reconcile did. */
    record Changes(List<String> added, List<String> removed, List<String> updated, List<String> problems) {
    }

    /**
     * A jar that should be installed, with what identifies its content. Distribution bundles are installed
     * by reference (they never change while the program runs, and nothing is copied); plug-ins are copied
     * into the framework's cache, so their files can be replaced or deleted at any time.
     */
    private record Source(String location, Path jar, String label, long size, long modified) {
        boolean byReference() {
            return location.startsWith(REFERENCE);
        }

        boolean sameContent(Source other) {
            return size == other.size && modified == other.modified;
        }
    }

    private record Managed(Bundle bundle, Source source) {
    }

    /** What became of one jar in a plug-in folder. */
    private record PluginRecord(Path jar, String location, Optional<Identity> identity, String signer, String refusal) {
    }

    private final BundleContext context;
    private final FeatureCatalog features;
    private final Path home;
    private final Supplier<ServiceComponentRuntime> componentRuntime;
    private final Map<String, Path> distribution;
    private final Map<String, Managed> managed = new ConcurrentHashMap<>();
    private final Map<String, String> startFailures = new ConcurrentHashMap<>();
    private volatile List<PluginRecord> plugins = List.of();

    BundleSet(BundleContext context, Path home, FeatureCatalog features, Supplier<ServiceComponentRuntime> componentRuntime) {
        this.context = context;
        this.home = home;
        this.features = features;
        this.componentRuntime = componentRuntime;
        this.distribution = scanDistribution(home.resolve("bundles"));
    }

    private static Texts texts() {
        return Texts.of(BundleSet.class, Locale.getDefault());
    }

    boolean inDistribution(String symbolicName) {
        return distribution.containsKey(symbolicName);
    }

    /** Symbolic name to jar for every bundle of the distribution, the highest version of each. */
    static Map<String, Path> scanDistribution(Path folder) {
        Map<String, Path> byName = new HashMap<>();
        Map<String, Version> versions = new HashMap<>();
        for (Path jar : jars(folder)) {
            try {
                Optional<Identity> id = JarCheck.identity(jar);
                if (id.isPresent()) {
                    Version v = Version.parseVersion(id.get().version());
                    Version known = versions.get(id.get().symbolicName());
                    if (known == null || v.compareTo(known) > 0) {
                        versions.put(id.get().symbolicName(), v);
                        byName.put(id.get().symbolicName(), jar);
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                System.getLogger(BundleSet.class.getName()).log(System.Logger.Level.WARNING,
                        texts().get("problem.notJar", jar, e.getMessage()));
            }
        }
        return Map.copyOf(byName);
    }

    Changes reconcile(ClientProfile profile, List<Path> pluginFolders) {
        Texts t = texts();
        List<String> problems = new ArrayList<>();
        Map<String, Source> wanted = new LinkedHashMap<>();

        List<String> names = new ArrayList<>(features.bundles(profile.features()));
        names.addAll(profile.bundles());
        Set<String> bootBundles = installedByOthers();
        for (String name : names) {
            if (bootBundles.contains(name)) {
                continue; // core and console: the launcher's, never provisioning's
            }
            Path jar = distribution.get(name);
            if (jar == null) {
                problems.add(t.get("problem.missingBundle", name, home.resolve("bundles")));
            } else {
                Source s = source(REFERENCE + location(jar), jar, name);
                wanted.putIfAbsent(s.location(), s);
            }
        }

        List<PluginRecord> records = inspectPlugins(profile, pluginFolders);
        for (PluginRecord r : records) {
            if (r.refusal() == null) {
                wanted.putIfAbsent(r.location(), source(r.location(), r.jar(), r.jar().getFileName().toString()));
            } else {
                problems.add(t.get("problem.refused", r.jar(), r.refusal()));
            }
        }
        List<String> removed = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        List<Bundle> refresh = new ArrayList<>();
        for (Iterator<Map.Entry<String, Managed>> it = managed.entrySet().iterator(); it.hasNext(); ) {
            Managed m = it.next().getValue();
            if (!wanted.containsKey(m.source().location())) {
                try {
                    m.bundle().uninstall();
                } catch (BundleException | IllegalStateException e) {
                    problems.add(t.get("problem.uninstall", m.source().label(), describe(e)));
                }
                removed.add(m.source().label());
                refresh.add(m.bundle());
                startFailures.remove(m.source().location());
                it.remove();
            }
        }
        List<Managed> toStart = new ArrayList<>();
        for (Source s : wanted.values()) {
            Managed m = managed.get(s.location());
            if (m != null && !m.source().sameContent(s)) {
                try (InputStream in = Files.newInputStream(s.jar())) {
                    m.bundle().update(in);
                    updated.add(s.label());
                    refresh.add(m.bundle());
                    Managed replaced = new Managed(m.bundle(), s);
                    managed.put(s.location(), replaced);
                    toStart.add(replaced);
                } catch (BundleException | IOException | IllegalStateException e) {
                    startFailures.put(s.location(), describe(e));
                    problems.add(t.get("problem.update", s.label(), describe(e)));
                }
            }
        }
        if (!refresh.isEmpty()) {
            refresh(refresh);
        }

        List<String> added = new ArrayList<>();
        for (Source s : wanted.values()) {
            if (!managed.containsKey(s.location())) {
                try (InputStream in = s.byReference() ? null : Files.newInputStream(s.jar())) {
                    Managed m = new Managed(context.installBundle(s.location(), in), s);
                    managed.put(s.location(), m);
                    toStart.add(m);
                    added.add(s.label());
                } catch (BundleException | IOException | IllegalStateException e) {
                    startFailures.put(s.location(), describe(e));
                    problems.add(t.get("problem.install", s.label(), describe(e)));
                }
            }
        }
        wiring().resolveBundles(toStart.stream().map(Managed::bundle).toList());
        for (Managed m : toStart) {
            problems.addAll(start(m));
        }
        // Published last, so plugin:list never shows a jar halfway (installed, not yet started).
        plugins = records;
        return new Changes(added, removed, updated, problems);
    }

    /** Symbolic names of the installed bundles that provisioning did not install. */
    private Set<String> installedByOthers() {
        Set<String> out = new HashSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName() != null && !managed.containsKey(b.getLocation())) {
                out.add(b.getSymbolicName());
            }
        }
        return out;
    }

    private List<String> start(Managed m) {
        Bundle b = m.bundle();
        if (b.getHeaders("").get(Constants.FRAGMENT_HOST) != null) {
            return List.of();
        }
        try {
            b.start();
            startFailures.remove(m.source().location());
        } catch (BundleException | IllegalStateException e) {
            startFailures.put(m.source().location(), describe(e));
            return List.of(texts().get("problem.start", m.source().label(), describe(e)));
        }
        return componentFailures(b).stream()
                .map(f -> texts().get("problem.component", m.source().label(), f)).toList();
    }

    /** Failed component activations of a bundle, as "name: failure". */
    private List<String> componentFailures(Bundle b) {
        ServiceComponentRuntime scr = componentRuntime.get();
        if (scr == null || b.getState() != Bundle.ACTIVE) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    out.add(d.name + ": " + firstLine(c.failure));
                }
            }
        }
        return out;
    }

    List<PluginStatus> pluginStatuses() {
        Texts t = texts();
        List<PluginStatus> out = new ArrayList<>();
        for (PluginRecord r : plugins) {
            String name = r.identity().map(Identity::symbolicName).orElse("");
            String version = r.identity().map(Identity::version).orElse("");
            if (r.refusal() != null) {
                out.add(new PluginStatus(r.jar(), name, version, PluginStatus.State.REFUSED, r.signer(), r.refusal()));
                continue;
            }
            Managed m = managed.get(r.location());
            String failure = startFailures.get(r.location());
            if (m == null && failure == null) {
                failure = t.get("problem.notInstalled");
            }
            if (m != null && failure == null && m.bundle().getState() != Bundle.ACTIVE) {
                failure = t.get("problem.notActive", stateName(m.bundle().getState()));
            }
            if (m != null && failure == null) {
                List<String> components = componentFailures(m.bundle());
                failure = components.isEmpty() ? null : String.join("; ", components);
            }
            out.add(new PluginStatus(r.jar(), name, version,
                    failure == null ? PluginStatus.State.ACTIVE : PluginStatus.State.FAILED, r.signer(), failure));
        }
        return out;
    }

    private List<PluginRecord> inspectPlugins(ClientProfile profile, List<Path> folders) {
        Texts t = texts();
        List<X509Certificate> trusted = null;
        String trustProblem = null;
        if (profile.requireSignedBundles()) {
            if (profile.trustStore() == null) {
                trustProblem = t.get("trust.none");
            } else {
                try {
                    trusted = JarCheck.trustedCertificates(home.resolve(profile.trustStore()));
                } catch (IOException e) {
                    trustProblem = t.get("trust.unreadable", e.getMessage());
                }
            }
        }
        List<PluginRecord> out = new ArrayList<>();
        for (Path folder : folders) {
            for (Path jar : jars(folder)) {
                String location = location(jar);
                Optional<Identity> id;
                try {
                    id = JarCheck.identity(jar);
                } catch (IOException e) {
                    out.add(new PluginRecord(jar, location, Optional.empty(), null, t.get("refusal.notJar", e.getMessage())));
                    continue;
                }
                if (id.isEmpty()) {
                    out.add(new PluginRecord(jar, location, id, null, t.get("refusal.notBundle")));
                } else if (!profile.requireSignedBundles()) {
                    out.add(new PluginRecord(jar, location, id, null, null));
                } else if (trustProblem != null) {
                    out.add(new PluginRecord(jar, location, id, null, trustProblem));
                } else {
                    Signature s = JarCheck.verify(jar, trusted, t);
                    out.add(new PluginRecord(jar, location, id, s.signer().orElse(null),
                            s.refusal().map(r -> t.get("refusal.signature", r)).orElse(null)));
                }
            }
        }
        return out;
    }

    private FrameworkWiring wiring() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
    }

    private void refresh(Collection<Bundle> bundles) {
        CountDownLatch done = new CountDownLatch(1);
        wiring().refreshBundles(bundles, e -> done.countDown());
        try {
            done.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Source source(String location, Path jar, String label) {
        try {
            return new Source(location, jar, label, Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException e) {
            return new Source(location, jar, label, -1, -1);
        }
    }

    static String location(Path jar) {
        return jar.toAbsolutePath().normalize().toUri().toString();
    }

    static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String describe(Exception e) {
        StringBuilder sb = new StringBuilder(firstLine(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            sb.append(" <- ").append(c.getClass().getSimpleName()).append(": ").append(firstLine(c.getMessage()));
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String stateName(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            default -> "ACTIVE";
        };
    }
}
