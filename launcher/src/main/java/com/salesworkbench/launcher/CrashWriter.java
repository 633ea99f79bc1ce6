package com.salesworkbench.launcher;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The child process of the crash benchmark: saves one document over and over through the real workspace
 * code, printing {@code saved N} after each save returns, until it is killed.
 */
public final class CrashWriter {

    static final ClientId CLIENT = ClientId.of("crash");
    static final String DOCUMENT = "crash/doc";
    static final DocumentType<ObjectNode> TYPE = DocumentType.of("crash-test", ObjectNode.class);
    private static final int PAYLOAD_CHARS = 32 * 1024;

    private CrashWriter() {
    }

    public static void main(String[] args) {
        Workspace ws = Workspace.open(Path.of(args[0]));
        ClientWorkspace client = ws.exists(CLIENT) ? ws.client(CLIENT) : ws.create(CLIENT);
        long version = client.find(DOCUMENT, TYPE).map(d -> d.get("version").asLong()).orElse(0L);
        while (true) {
            version++;
            client.save(DOCUMENT, TYPE, document(version));
            System.out.println("saved " + version);
            System.out.flush();
        }
    }

    static ObjectNode document(long version) {
        String payload = payload(version);
        return Json.mapper().createObjectNode().put("version", version).put("payload", payload).put("sha256", sha256(payload));
    }

    /** Whether a document read back is whole: its checksum matches its payload. */
    static boolean intact(ObjectNode doc) {
        return doc.has("payload") && sha256(doc.get("payload").asText()).equals(doc.path("sha256").asText());
    }

    private static String payload(long version) {
        StringBuilder sb = new StringBuilder(PAYLOAD_CHARS);
        long x = version * 0x9E3779B97F4A7C15L;
        while (sb.length() < PAYLOAD_CHARS) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            sb.append(Long.toString(x & Long.MAX_VALUE, 36));
        }
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
