package com.salesworkbench.launcher.it;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import com.salesworkbench.launcher.it.fixture.ThrowingActivator;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Broken plug-ins made on the test host (bnd builds the bundles from the test classes) before the
 * container starts: a bundle whose activator throws, one that cannot resolve, and a jar that is no bundle.
 */
final class Fixtures {

    static final String THROWING = "throwing-activator.jar";
    static final String UNRESOLVABLE = "unresolvable.jar";
    static final String NOT_A_BUNDLE = "plain-library.jar";

    private Fixtures() {
    }

    static Path folder() {
        return Path.of("target", "it-fixtures").toAbsolutePath();
    }

    /** Builds the fixtures once; returns their folder. */
    static synchronized Path build() {
        Path dir = folder();
        try {
            Files.createDirectories(dir);
            if (!Files.exists(dir.resolve(THROWING))) {
                try (Builder b = new Builder()) {
                    b.setProperty("Bundle-SymbolicName", "it.throwing.activator");
                    b.setProperty("Bundle-Version", "1.0.0");
                    b.setProperty("Bundle-Activator", ThrowingActivator.class.getName());
                    b.setProperty("Private-Package", ThrowingActivator.class.getPackageName());
                    b.setProperty("-noimportjava", "true");
                    b.addClasspath(new File("target/test-classes"));
                    write(b.build(), dir.resolve(THROWING));
                }
                try (Builder b = new Builder()) {
                    b.setProperty("Bundle-SymbolicName", "it.unresolvable");
                    b.setProperty("Bundle-Version", "1.0.0");
                    b.setProperty("Import-Package", "com.example.nowhere;version=\"[9,10)\"");
                    b.setProperty("-includeresource", "readme.txt;literal='needs a package nobody exports'");
                    write(b.build(), dir.resolve(UNRESOLVABLE));
                }
                Manifest m = new Manifest();
                m.getMainAttributes().putValue("Manifest-Version", "1.0");
                try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(dir.resolve(NOT_A_BUNDLE)), m)) {
                    out.putNextEntry(new JarEntry("lib/readme.txt"));
                    out.write("a plain library, no OSGi headers".getBytes());
                    out.closeEntry();
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot build the test plug-ins: " + e.getMessage(), e);
        }
        return dir;
    }

    private static void write(Jar jar, Path file) throws Exception {
        try (jar) {
            jar.write(file.toFile());
        }
    }

    /** A copy of a signed jar with its signature files left out: the same code, unsigned. */
    static void copyUnsigned(Path signed, Path target) throws IOException {
        try (JarInputStream in = new JarInputStream(Files.newInputStream(signed));
             OutputStream raw = Files.newOutputStream(target);
             JarOutputStream out = new JarOutputStream(raw, stripDigests(in.getManifest()))) {
            for (JarEntry e; (e = in.getNextJarEntry()) != null; ) {
                String n = e.getName().toUpperCase();
                if (n.startsWith("META-INF/") && (n.endsWith(".SF") || n.endsWith(".EC") || n.endsWith(".RSA") || n.endsWith(".DSA"))) {
                    continue;
                }
                out.putNextEntry(new JarEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static Manifest stripDigests(Manifest signed) {
        Manifest m = new Manifest();
        m.getMainAttributes().putAll(signed.getMainAttributes());
        return m;
    }

    static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
