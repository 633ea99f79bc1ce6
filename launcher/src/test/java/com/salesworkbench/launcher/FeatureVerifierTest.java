package com.salesworkbench.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build's feature check names the culprit: a missing bundle, or a bundle that does not resolve. */
class FeatureVerifierTest {

    @TempDir
    Path home;

    @BeforeEach
    void distribution() throws Exception {
        Files.createDirectories(home.resolve("features"));
        Files.createDirectories(home.resolve("bundles"));
        // commons-csv needs commons-io and commons-codec; only commons-io is in this distribution
        copyJarOf(CSVFormat.class);
        // by name: lib.poi embeds commons-io classes too, and may come first on the test class path
        copyClassPathJar("commons-io-");
        feature("core", "");
    }

    @Test
    void aCompleteDistributionPasses() throws Exception {
        feature("io", "org.apache.commons.commons-io");
        assertEquals(List.of(), FeatureVerifier.verify(home));
    }

    @Test
    void aFeatureNamingAMissingBundleIsNamed() throws Exception {
        feature("forecasting", "org.apache.commons.commons-io, org.example.not-built");
        List<String> failures = FeatureVerifier.verify(home);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("feature 'forecasting'"), failures::toString);
        assertTrue(failures.get(0).contains("org.example.not-built"), failures::toString);
    }

    @Test
    void aFeatureThatDoesNotResolveNamesTheBundleAndTheMissingPackage() throws Exception {
        feature("csv", "org.apache.commons.commons-io, org.apache.commons.commons-csv");
        List<String> failures = FeatureVerifier.verify(home);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).startsWith("feature 'csv': bundle org.apache.commons.commons-csv does not resolve"), failures::toString);
        assertTrue(failures.get(0).contains("org.apache.commons.codec"), failures::toString);
    }

    @Test
    void aBrokenFeatureFileIsNamed() throws Exception {
        Files.writeString(home.resolve("features/odd.properties"), "requires = core\nbundels = typo\n");
        List<String> failures = FeatureVerifier.verify(home);
        assertEquals(1, failures.size(), failures::toString);
        assertTrue(failures.get(0).contains("odd.properties") && failures.get(0).contains("bundels"), failures::toString);
    }

    private void feature(String name, String bundles) throws Exception {
        Files.writeString(home.resolve("features/" + name + ".properties"),
                (name.equals("core") ? "" : "requires = core\n") + "bundles = " + bundles + "\n");
    }

    private void copyClassPathJar(String namePrefix) throws Exception {
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            Path jar = Path.of(entry);
            if (jar.getFileName().toString().startsWith(namePrefix) && entry.endsWith(".jar")) {
                Files.copy(jar, home.resolve("bundles").resolve(jar.getFileName()));
                return;
            }
        }
        throw new IllegalStateException("no " + namePrefix + "*.jar on the test class path");
    }

    private void copyJarOf(Class<?> type) throws Exception {
        Path jar = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        Files.copy(jar, home.resolve("bundles").resolve(jar.getFileName()));
    }
}
