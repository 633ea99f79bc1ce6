package com.salesworkbench.provisioning.internal;

import com.salesworkbench.api.i18n.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * What a jar is before it is installed: its bundle identity from the manifest, and, when a profile
 * demands it, whether every entry is signed by a trusted certificate (the JDK's jar verification checks
 * the digests; this class checks that nothing is unsigned and that the signer is trusted).
 */
final class JarCheck {

    /** The bundle identity of a jar. */
    record Identity(String symbolicName, String version) {
    }

    /** The outcome of a signature check: the signer's name, or why the jar is refused. */
    record Signature(Optional<String> signer, Optional<String> refusal) {
        static Signature trusted(String signer) {
            return new Signature(Optional.of(signer), Optional.empty());
        }

        static Signature refused(String reason) {
            return new Signature(Optional.empty(), Optional.of(reason));
        }
    }

    private JarCheck() {
    }

    /**
     * The bundle identity, or empty when the jar has no {@code Bundle-SymbolicName} (a plain jar).
     *
     * @throws IOException when the file is not a readable jar
     */
    static Optional<Identity> identity(Path jar) throws IOException {
        try (JarFile jf = new JarFile(jar.toFile(), false)) {
            Manifest m = jf.getManifest();
            if (m == null) {
                return Optional.empty();
            }
            Attributes a = m.getMainAttributes();
            String bsn = a.getValue("Bundle-SymbolicName");
            if (bsn == null || bsn.isBlank()) {
                return Optional.empty();
            }
            String name = bsn.split(";", 2)[0].trim();
            String version = Optional.ofNullable(a.getValue("Bundle-Version")).orElse("0.0.0").trim();
            return Optional.of(new Identity(name, version));
        }
    }

    /** Reads every {@code .crt}, {@code .pem} and {@code .cer} file of a folder. */
    static List<X509Certificate> trustedCertificates(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("the trust store folder " + folder + " does not exist");
        }
        List<X509Certificate> out = new ArrayList<>();
        CertificateFactory cf;
        try {
            cf = CertificateFactory.getInstance("X.509");
        } catch (CertificateException e) {
            throw new IllegalStateException("The JDK has no X.509 support", e);
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".crt") || n.endsWith(".pem") || n.endsWith(".cer")) {
                    try (InputStream in = Files.newInputStream(p)) {
                        for (Certificate c : cf.generateCertificates(in)) {
                            out.add((X509Certificate) c);
                        }
                    } catch (CertificateException e) {
                        throw new IOException(p + " is not a certificate: " + e.getMessage(), e);
                    }
                }
            }
        }
        return out;
    }

    /** Checks that every entry of the jar is signed and that a trusted certificate vouches for each. */
    static Signature verify(Path jar, List<X509Certificate> trusted, Texts texts) {
        String signer = null;
        int signedEntries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (JarFile jf = new JarFile(jar.toFile(), true)) {
            for (JarEntry entry : Collections.list(jf.entries())) {
                if (entry.isDirectory() || isSignatureRelated(entry.getName())) {
                    continue;
                }
                try (InputStream in = jf.getInputStream(entry)) {
                    while (in.read(buffer) != -1) {
                        // reading to the end makes the JDK check the entry's digest
                    }
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return Signature.refused(signedEntries == 0 ? texts.get("sig.unsigned")
                            : texts.get("sig.entryUnsigned", entry.getName()));
                }
                Optional<String> trustedSigner = trustedSigner(signers, trusted);
                if (trustedSigner.isEmpty()) {
                    return Signature.refused(texts.get("sig.untrusted", subject(signers[0])));
                }
                signer = trustedSigner.get();
                signedEntries++;
            }
        } catch (SecurityException e) {
            return Signature.refused(texts.get("sig.mismatch", e.getMessage()));
        } catch (IOException e) {
            return Signature.refused(texts.get("refusal.notJar", e.getMessage()));
        }
        return signer == null ? Signature.refused(texts.get("sig.unsigned")) : Signature.trusted(signer);
    }

    private static Optional<String> trustedSigner(CodeSigner[] signers, List<X509Certificate> trusted) {
        for (CodeSigner s : signers) {
            for (Certificate c : s.getSignerCertPath().getCertificates()) {
                if (trusted.contains(c)) {
                    return Optional.of(subject(s));
                }
            }
        }
        return Optional.empty();
    }

    private static String subject(CodeSigner signer) {
        Certificate c = signer.getSignerCertPath().getCertificates().get(0);
        return c instanceof X509Certificate x ? x.getSubjectX500Principal().getName() : c.getType();
    }

    private static boolean isSignatureRelated(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        if (!n.startsWith("META-INF/") || n.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return n.equals("META-INF/MANIFEST.MF") || n.endsWith(".SF") || n.endsWith(".RSA") || n.endsWith(".DSA")
                || n.endsWith(".EC") || n.startsWith("META-INF/SIG-");
    }
}
