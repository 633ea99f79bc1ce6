package com.salesworkbench.launcher.it;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options that boot the built distribution ({@code target/dist}) the way the launcher does:
 * the bundles of {@code features/core.properties} from {@code bundles/}, with the distribution and a fresh
 * workspace as framework properties. Provisioning then brings up the client's features by itself.
 */
final class Distribution {

    private Distribution() {
    }

    static Path home() {
        return Path.of(System.getProperty("workbench.dist", "target/dist")).toAbsolutePath();
    }

    /** A new, empty workspace folder for one test class. */
    static Path newWorkspace() {
        try {
            return Files.createTempDirectory(Path.of("target"), "it-workspace-").toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Option[] boot(Path workspace) {
        List<Option> out = new ArrayList<>();
        out.add(cleanCaches());
        out.add(junitBundles());
        out.add(frameworkProperty("workbench.home").value(home().toString()));
        out.add(frameworkProperty("workbench.workspace").value(workspace.toString()));
        out.add(frameworkProperty("felix.log.level").value("1"));
        out.add(systemProperty("pax.exam.service.timeout").value("30000"));
        out.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        for (Path jar : coreBundles()) {
            out.add(bundle(jar.toUri().toString()).start());
        }
        return out.toArray(new Option[0]);
    }

    private static List<Path> coreBundles() {
        try {
            return com.salesworkbench.launcher.BootAccess.coreBundles(home());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
