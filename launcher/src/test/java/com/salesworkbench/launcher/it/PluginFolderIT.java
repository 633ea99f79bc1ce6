package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.document.DocumentTemplate;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.PluginStatus;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * The watched plug-in folders while the program runs: a dropped jar is installed and registers its
 * service, replacing it updates the bundle, deleting it uninstalls it; broken jars are reported and
 * refused without disturbing anything else; a profile that requires signatures refuses unsigned jars.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginFolderIT {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String EXAMPLE = "com.salesworkbench.example.client";

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Inject
    private Workspace workspace;

    @Configuration
    public Option[] config() {
        Path fixtures = Fixtures.build();
        return OptionUtils.combine(Distribution.boot(Distribution.newWorkspace()),
                frameworkProperty("it.fixtures").value(fixtures.toString()));
    }

    private Path signedExample() throws Exception {
        try (var s = Files.list(Path.of(context.getProperty("workbench.home"), "demo", "bundles"))) {
            return s.filter(p -> p.toString().endsWith(".jar")).findFirst().orElseThrow();
        }
    }

    private Path folderOf(String client) {
        return workspace.client(ClientId.of(client)).bundleFolder();
    }

    private void useClient(String id, boolean signed) throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        if (!workspace.exists(ClientId.of(id))) {
            provisioning.createClient(new ClientProfile(id, id, "en", List.of("core"), List.of(), signed,
                    signed ? "etc/trust" : null, Map.of()));
        }
        assertEquals(List.of(), provisioning.switchTo(ClientId.of(id)).problems());
    }

    @Test
    public void aDroppedJarRunsAndReplacingUpdatesAndDeletingUninstallsIt() throws Exception {
        useClient("plugins", false);
        Path jar = folderOf("plugins").resolve("example.jar");
        Fixtures.copyUnsigned(signedExample(), jar);

        Await.until(WAIT, () -> template().isPresent(), () -> "the dropped bundle's service appears; " + provisioning.plugins());
        Bundle bundle = bundle(EXAMPLE).orElseThrow();
        long installedAt = bundle.getLastModified();
        assertEquals(PluginStatus.State.ACTIVE, status("example.jar").state());

        Path replacement = jar.resolveSibling("replacement.tmp");
        Files.copy(jar, replacement);
        Files.setLastModifiedTime(replacement, FileTime.from(Instant.now().plusSeconds(5)));
        Files.move(replacement, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Await.until(WAIT, () -> bundle.getLastModified() > installedAt, () -> "the bundle is updated in place");
        Await.until(WAIT, () -> template().isPresent(), () -> "the service is back after the update");
        assertEquals(Bundle.ACTIVE, bundle.getState());

        Files.delete(jar);
        Await.until(WAIT, () -> bundle(EXAMPLE).isEmpty(), () -> "the bundle is uninstalled");
        assertTrue("its service is gone", template().isEmpty());
    }

    @Test
    public void brokenPlugInsAreReportedAndEverythingElseKeepsRunning() throws Exception {
        useClient("broken", false);
        Path fixtures = Path.of(context.getProperty("it.fixtures"));
        Path folder = folderOf("broken");
        for (String name : List.of(Fixtures.THROWING, Fixtures.UNRESOLVABLE, Fixtures.NOT_A_BUNDLE)) {
            drop(fixtures.resolve(name), folder);
        }
        Path truncated = Files.writeString(folder.getParent().resolve("truncated.jar"), "PK this is not really a zip");
        drop(truncated, folder);

        Map<String, PluginStatus.State> expected = Map.of(Fixtures.THROWING, PluginStatus.State.FAILED,
                Fixtures.UNRESOLVABLE, PluginStatus.State.FAILED, Fixtures.NOT_A_BUNDLE, PluginStatus.State.REFUSED,
                "truncated.jar", PluginStatus.State.REFUSED);
        Await.until(WAIT, () -> provisioning.plugins().size() == 4 && provisioning.plugins().stream()
                        .allMatch(p -> p.state() == expected.get(p.jar().getFileName().toString())),
                () -> "all four are looked at: " + provisioning.plugins());
        PluginStatus throwing = status(Fixtures.THROWING);
        assertEquals(PluginStatus.State.FAILED, throwing.state());
        assertTrue(throwing.problem(), throwing.problem().contains("plug-in start failed on purpose"));
        PluginStatus unresolvable = status(Fixtures.UNRESOLVABLE);
        assertEquals(PluginStatus.State.FAILED, unresolvable.state());
        assertTrue(unresolvable.problem(), unresolvable.problem().contains("com.example.nowhere"));
        PluginStatus plain = status(Fixtures.NOT_A_BUNDLE);
        assertEquals(PluginStatus.State.REFUSED, plain.state());
        assertTrue(plain.problem(), plain.problem().contains("Bundle-SymbolicName"));
        assertEquals(PluginStatus.State.REFUSED, status("truncated.jar").state());

        // the platform is unharmed: a switch and back still work, and a good plug-in still runs
        Path good = folder.getParent().resolve("example.jar");
        Fixtures.copyUnsigned(signedExample(), good);
        drop(good, folder);
        Await.until(WAIT, () -> template().isPresent(), () -> "a good plug-in next to broken ones runs; " + provisioning.plugins());
        assertEquals(Bundle.ACTIVE, context.getBundle(0).getState());
        for (String name : List.of(Fixtures.THROWING, Fixtures.UNRESOLVABLE, Fixtures.NOT_A_BUNDLE, "truncated.jar", "example.jar")) {
            Files.delete(folder.resolve(name));
        }
        Await.until(WAIT, () -> provisioning.plugins().isEmpty() && bundle("it.throwing.activator").isEmpty(),
                () -> "deleted plug-ins are gone: " + provisioning.plugins());
    }

    @Test
    public void aClientThatRequiresSignaturesRefusesUnsignedJarsAndRunsTrustedOnes() throws Exception {
        useClient("secure", true);
        Path folder = folderOf("secure");
        Path unsigned = folder.getParent().resolve("unsigned-example.jar");
        Fixtures.copyUnsigned(signedExample(), unsigned);
        drop(unsigned, folder);
        Await.until(WAIT, () -> provisioning.plugins().size() == 1, () -> "the jar is looked at");
        PluginStatus refused = status("unsigned-example.jar");
        assertEquals(PluginStatus.State.REFUSED, refused.state());
        assertTrue(refused.problem(), refused.problem().contains("not signed"));
        assertTrue("nothing was installed", bundle(EXAMPLE).isEmpty());

        Files.delete(folder.resolve("unsigned-example.jar"));
        Path signed = Files.copy(signedExample(), folder.getParent().resolve("signed-example.jar"));
        drop(signed, folder);
        Await.until(WAIT, () -> template().isPresent(), () -> "the signed jar runs: " + provisioning.plugins());
        PluginStatus trusted = status("signed-example.jar");
        assertEquals(PluginStatus.State.ACTIVE, trusted.state());
        assertTrue(trusted.signer(), trusted.signer().contains("CN=Demo Consulting"));
        Files.delete(folder.resolve("signed-example.jar"));
        Await.until(WAIT, () -> bundle(EXAMPLE).isEmpty(), () -> "the bundle is uninstalled");
    }

    /** Copies a jar into a watched folder as a user's file manager would finish it: whole, in one rename. */
    private static void drop(Path jar, Path folder) throws java.io.IOException {
        Path partial = Files.copy(jar, folder.getParent().resolve(jar.getFileName() + ".partial"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, folder.resolve(jar.getFileName()), StandardCopyOption.ATOMIC_MOVE);
    }

    private PluginStatus status(String jarName) {
        return provisioning.plugins().stream().filter(p -> p.jar().getFileName().toString().equals(jarName)).findFirst()
                .orElseThrow(() -> new AssertionError("no status for " + jarName + " in " + provisioning.plugins()));
    }

    private Optional<DocumentTemplate> template() {
        ServiceReference<DocumentTemplate> ref = context.getServiceReference(DocumentTemplate.class);
        return Optional.ofNullable(ref).map(context::getService);
    }

    private Optional<Bundle> bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
