package com.salesworkbench.launcher;

import com.salesworkbench.provisioning.Feature;
import com.salesworkbench.provisioning.FeatureCatalog;
import com.salesworkbench.provisioning.ProvisioningException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Build check of a distribution's features: every feature file parses, every named bundle is in
 * {@code bundles/}, and every feature with everything it requires resolves in a real framework. Fails the
 * build with one line per culprit.
 */
public final class FeatureVerifier {

    private FeatureVerifier() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        List<String> failures = verify(home);
        if (!failures.isEmpty()) {
            System.err.println("Feature check FAILED for " + home + ":");
            failures.forEach(f -> System.err.println("  " + f));
            System.exit(1);
        }
        System.out.println("Feature check: every feature of " + home.resolve("features") + " resolves");
    }

    static List<String> verify(Path home) throws IOException, BundleException, InterruptedException {
        List<String> failures = new ArrayList<>();
        FeatureCatalog catalog;
        try {
            catalog = FeatureCatalog.load(home.resolve("features"));
        } catch (ProvisioningException e) {
            return List.of(e.getMessage());
        }
        Map<String, Path> available = Boot.bundlesByName(home.resolve("bundles"));
        catalog.missingBundles(available.keySet()).forEach((feature, missing) -> missing.forEach(b ->
                failures.add("feature '" + feature + "' lists bundle " + b + ", which is not in " + home.resolve("bundles"))));
        if (!failures.isEmpty()) {
            return failures;
        }
        for (Feature f : catalog.all()) {
            List<Path> jars = catalog.bundles(List.of(FeatureCatalog.CORE, f.name())).stream().map(available::get).toList();
            failures.addAll(unresolved(f.name(), jars));
        }
        return failures;
    }

    /** Installs the jars in a fresh framework and names each that does not resolve, with the reason. */
    private static List<String> unresolved(String feature, List<Path> jars) throws IOException, BundleException, InterruptedException {
        Path storage = Files.createTempDirectory("feature-check-");
        Framework fw = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                "felix.log.level", "0"));
        List<String> out = new ArrayList<>();
        try {
            fw.start();
            List<Bundle> installed = new ArrayList<>();
            for (Path jar : jars) {
                installed.add(fw.getBundleContext().installBundle(jar.toUri().toString()));
            }
            if (!fw.adapt(FrameworkWiring.class).resolveBundles(installed)) {
                for (Bundle b : installed) {
                    if (b.getState() == Bundle.INSTALLED) {
                        out.add("feature '" + feature + "': bundle " + b.getSymbolicName() + " does not resolve: " + reason(b));
                    }
                }
            }
        } finally {
            fw.stop();
            fw.waitForStop(10_000);
            Main.deleteTree(storage);
        }
        return out;
    }

    private static String reason(Bundle b) {
        try {
            b.start(); // does not activate anything: it fails while resolving, and says why
            return "resolved only on a second attempt";
        } catch (BundleException e) {
            return e.getMessage();
        }
    }
}
