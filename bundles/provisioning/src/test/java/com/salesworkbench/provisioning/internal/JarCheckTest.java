package com.salesworkbench.provisioning.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.provisioning.internal.JarCheck.Identity;
import com.salesworkbench.provisioning.internal.JarCheck.Signature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import jdk.security.jarsigner.JarSigner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds bundles with {@code java.util.jar}, creates keys with the JDK's keytool and signs with the JDK's
 * {@link JarSigner}, then checks what {@link JarCheck} makes of them.
 */
class JarCheckTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final Texts TEXTS = Texts.of(JarCheck.class, Locale.ENGLISH);

    /** Keys are slow to make (one keytool process each), so the whole class shares them. */
    @TempDir
    static Path keys;

    private static KeyStore.PrivateKeyEntry trustedKey;
    private static KeyStore.PrivateKeyEntry untrustedKey;
    private static Path trustStore;
    private static Path trustedCrt;

    @TempDir
    Path dir;

    @BeforeAll
    static void createKeys() throws Exception {
        trustedKey = generateKey("test", "CN=Test");
        untrustedKey = generateKey("other", "CN=Other");
        trustStore = Files.createDirectory(keys.resolve("trust"));
        trustedCrt = trustStore.resolve("test.crt");
        keytool("-exportcert", "-rfc", "-alias", "test", "-keystore", keys.resolve("test.p12").toString(),
                "-storetype", "PKCS12", "-storepass", new String(PASSWORD), "-file", trustedCrt.toString());
    }

    private static KeyStore.PrivateKeyEntry generateKey(String alias, String dname) throws Exception {
        Path store = keys.resolve(alias + ".p12");
        keytool("-genkeypair", "-noprompt", "-alias", alias, "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", dname, "-validity", "3650", "-keystore", store.toString(), "-storetype", "PKCS12",
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD));
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, PASSWORD);
        }
        return (KeyStore.PrivateKeyEntry) ks.getEntry(alias, new KeyStore.PasswordProtection(PASSWORD));
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        Collections.addAll(command, args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("keytool " + String.join(" ", args) + " failed (" + exit + "): " + output);
        }
    }

    // --- building jars -------------------------------------------------------------------------------

    private static Manifest manifest(String symbolicName, String version) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            a.putValue("Bundle-ManifestVersion", "2");
            a.putValue("Bundle-SymbolicName", symbolicName);
        }
        if (version != null) {
            a.putValue("Bundle-Version", version);
        }
        return m;
    }

    private static Map<String, byte[]> content() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("com/example/plugin/", new byte[0]);
        entries.put("com/example/plugin/Plugin.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE});
        entries.put("com/example/plugin/data.txt", "forty-two".getBytes(StandardCharsets.UTF_8));
        return entries;
    }

    /** Writes a jar; {@code manifest} null gives a jar without META-INF/MANIFEST.MF. */
    private static Path jar(Path file, Manifest manifest, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             JarOutputStream jar = manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                jar.putNextEntry(new ZipEntry(e.getKey()));
                jar.write(e.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    private Path bundle(String fileName) throws IOException {
        return jar(dir.resolve(fileName), manifest("com.example.plugin", "1.0.0"), content());
    }

    private Path signed(String fileName, KeyStore.PrivateKeyEntry key) throws IOException {
        Path unsigned = bundle("unsigned-" + fileName);
        Path signed = dir.resolve(fileName);
        JarSigner signer = new JarSigner.Builder(key).build();
        try (ZipFile in = new ZipFile(unsigned.toFile()); OutputStream out = Files.newOutputStream(signed)) {
            signer.sign(in, out);
        }
        return signed;
    }

    /** Copies a jar entry by entry (keeping order), replacing some contents and appending extra entries. */
    private static Path copy(Path from, Path to, Map<String, byte[]> replace, Map<String, byte[]> append)
            throws IOException {
        try (ZipFile in = new ZipFile(from.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (replace.containsKey(e.getName())) {
                    out.write(replace.get(e.getName()));
                } else {
                    try (InputStream data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : append.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        }
        return to;
    }

    private static List<X509Certificate> trusted() throws IOException {
        return JarCheck.trustedCertificates(trustStore);
    }

    // --- identity --------------------------------------------------------------------------------------

    @Test
    void identityIsTheSymbolicNameWithoutDirectivesAndTheVersion() throws IOException {
        Path jar = jar(dir.resolve("p.jar"), manifest("com.example.plugin;singleton:=true", " 1.2.3.qualifier "), content());
        assertEquals(Optional.of(new Identity("com.example.plugin", "1.2.3.qualifier")), JarCheck.identity(jar));
    }

    @Test
    void identityWithoutBundleVersionDefaultsToZero() throws IOException {
        Path jar = jar(dir.resolve("p.jar"), manifest(" com.example.plugin ; singleton:=true", null), content());
        assertEquals(Optional.of(new Identity("com.example.plugin", "0.0.0")), JarCheck.identity(jar));
    }

    @Test
    void aPlainJarHasNoIdentity() throws IOException {
        assertEquals(Optional.empty(), JarCheck.identity(jar(dir.resolve("plain.jar"), manifest(null, "1.0"), content())));
        assertEquals(Optional.empty(), JarCheck.identity(jar(dir.resolve("bare.jar"), null, content())));
    }

    @Test
    void identityOfAFileThatIsNotAJarThrows() throws IOException {
        Path notJar = Files.writeString(dir.resolve("notes.jar"), "this is not a zip file");
        assertThrows(IOException.class, () -> JarCheck.identity(notJar));
    }

    // --- signatures ------------------------------------------------------------------------------------

    @Test
    void aJarSignedByATrustedCertificateIsAccepted() throws IOException {
        Signature s = JarCheck.verify(signed("good.jar", trustedKey), trusted(), TEXTS);
        assertEquals(Optional.empty(), s.refusal());
        assertTrue(s.signer().orElseThrow().contains("CN=Test"), s::toString);
    }

    @Test
    void anUnsignedJarIsRefused() throws IOException {
        Signature s = JarCheck.verify(bundle("unsigned.jar"), trusted(), TEXTS);
        assertEquals(Optional.empty(), s.signer());
        assertEquals(Optional.of("the jar is not signed"), s.refusal());
    }

    @Test
    void aJarSignedByAnUntrustedKeyIsRefusedNamingTheSigner() throws IOException {
        Signature s = JarCheck.verify(signed("other.jar", untrustedKey), trusted(), TEXTS);
        assertEquals(Optional.empty(), s.signer());
        assertEquals(Optional.of("it is signed by CN=Other, which is not in the trust store"), s.refusal());
    }

    @Test
    void aSignedJarIsRefusedWhenNothingIsTrusted() throws IOException {
        Signature s = JarCheck.verify(signed("good.jar", trustedKey), List.of(), TEXTS);
        assertTrue(s.refusal().orElseThrow().contains("CN=Test"), s::toString);
    }

    @Test
    void anEntryAddedAfterSigningIsRefused() throws IOException {
        Path tampered = copy(signed("good.jar", trustedKey), dir.resolve("tampered.jar"), Map.of(),
                Map.of("com/example/plugin/Evil.class", new byte[] {1, 2, 3}));
        Signature s = JarCheck.verify(tampered, trusted(), TEXTS);
        assertEquals(Optional.empty(), s.signer());
        assertEquals(Optional.of("entry com/example/plugin/Evil.class is not signed (content added after signing)"),
                s.refusal());
    }

    @Test
    void aSignedEntryWhoseContentChangedAfterSigningIsRefused() throws IOException {
        Path tampered = copy(signed("good.jar", trustedKey), dir.resolve("tampered.jar"),
                Map.of("com/example/plugin/data.txt", "forty-three".getBytes(StandardCharsets.UTF_8)), Map.of());
        Signature s = JarCheck.verify(tampered, trusted(), TEXTS);
        assertEquals(Optional.empty(), s.signer());
        String refusal = s.refusal().orElseThrow();
        assertTrue(refusal.startsWith("the signature does not match the content ("), refusal);
        assertTrue(refusal.contains("com/example/plugin/data.txt"), refusal);
    }

    @Test
    void aFileThatIsNotAJarIsRefused() throws IOException {
        Path notJar = Files.writeString(dir.resolve("notes.jar"), "this is not a zip file");
        Signature s = JarCheck.verify(notJar, trusted(), TEXTS);
        assertTrue(s.refusal().orElseThrow().startsWith("not a readable jar ("), s::toString);
    }

    @Test
    void refusalsAreWordedInTheLanguageOfTheTexts() throws IOException {
        Texts ru = Texts.of(JarCheck.class, Locale.forLanguageTag("ru"));
        Signature s = JarCheck.verify(bundle("unsigned.jar"), trusted(), ru);
        assertEquals(Optional.of(ru.get("sig.unsigned")), s.refusal());
        assertNotEquals(TEXTS.get("sig.unsigned"), ru.get("sig.unsigned"));
    }

    // --- trusted certificates -------------------------------------------------------------------------

    @Test
    void trustedCertificatesReadsCrtPemAndCerFilesAndIgnoresOthers() throws IOException, GeneralSecurityException {
        Path folder = Files.createDirectory(dir.resolve("trust"));
        Files.copy(trustedCrt, folder.resolve("a.crt"));
        Files.copy(trustedCrt, folder.resolve("b.PEM"));
        X509Certificate cert = (X509Certificate) trustedKey.getCertificate();
        Files.write(folder.resolve("c.cer"), cert.getEncoded()); // DER, not PEM
        Files.writeString(folder.resolve("README.txt"), "not a certificate");
        Files.createDirectory(folder.resolve("old"));

        List<X509Certificate> certs = JarCheck.trustedCertificates(folder);
        assertEquals(List.of(cert, cert, cert), certs);
        assertEquals("CN=Test", certs.get(0).getSubjectX500Principal().getName());
    }

    @Test
    void trustedCertificatesOfAnEmptyFolderIsEmpty() throws IOException {
        assertEquals(List.of(), JarCheck.trustedCertificates(Files.createDirectory(dir.resolve("empty"))));
    }

    @Test
    void trustedCertificatesOfAMissingFolderFailsClearly() {
        Path missing = dir.resolve("no-such-folder");
        IOException e = assertThrows(IOException.class, () -> JarCheck.trustedCertificates(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void trustedCertificatesFailsClearlyOnAGarbageCertificateFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("trust"));
        Files.copy(trustedCrt, folder.resolve("a.crt"));
        Path garbage = Files.writeString(folder.resolve("broken.crt"), "-----BEGIN CERTIFICATE-----\nnot base64!\n");
        IOException e = assertThrows(IOException.class, () -> JarCheck.trustedCertificates(folder));
        assertTrue(e.getMessage().contains(garbage.toString() + " is not a certificate"), e.getMessage());
    }

    @Test
    void trustedCertificatesFailsOnAFileThatIsNoCertificateAtAll() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("trust"));
        Path garbage = Files.writeString(folder.resolve("notes.crt"), "hello, this is just text");
        IOException e = assertThrows(IOException.class, () -> JarCheck.trustedCertificates(folder));
        assertTrue(e.getMessage().contains(garbage.toString()), e.getMessage());
    }

    @Test
    void exportedCertificateIsTheSigningKeysCertificate() throws Exception {
        // Guards the fixture: the trust store must hold exactly the trusted key's certificate.
        try (InputStream in = Files.newInputStream(trustedCrt)) {
            assertEquals(trustedKey.getCertificate(), CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }
}
