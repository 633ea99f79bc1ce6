package com.salesworkbench.launcher;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The bundles the launcher boots: those of {@code features/core.properties} (and, for the terminal shell,
 * {@code features/console.properties}), in the order listed, from the distribution's {@code bundles/}.
 * Everything else is provisioning's job.
 */
final class Boot {

    private Boot() {
    }

    static final String CORE = "core";
    static final String CONSOLE = "console";

    /** The bundles a feature file lists, without following {@code requires}: the launcher's features need none. */
    static List<Path> featureBundles(Path home, String feature) throws IOException {
        Properties core = new Properties();
        try (Reader r = Files.newBufferedReader(home.resolve("features/" + feature + ".properties"), StandardCharsets.UTF_8)) {
            core.load(r);
        }
        Map<String, Path> byName = bundlesByName(home.resolve("bundles"));
        List<Path> out = new ArrayList<>();
        for (String name : core.getProperty("bundles", "").split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            Path jar = byName.get(n);
            if (jar == null) {
                throw new IOException("features/" + feature + ".properties names bundle " + n + ", which is not in " + home.resolve("bundles"));
            }
            out.add(jar);
        }
        return out;
    }

    static Map<String, Path> bundlesByName(Path folder) throws IOException {
        Map<String, Path> byName = new HashMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path jar : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                try (JarFile jf = new JarFile(jar.toFile())) {
                    String bsn = jf.getManifest() == null ? null : jf.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
                    if (bsn != null) {
                        byName.put(bsn.split(";", 2)[0].trim(), jar);
                    }
                }
            }
        }
        return byName;
    }
}
