package com.salesworkbench.workspace.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.workspace.AtomicFiles;
import com.salesworkbench.workspace.CorruptDocumentException;
import com.salesworkbench.workspace.DocumentNotFoundException;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.DocumentVersion;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.NewerSchemaException;
import com.salesworkbench.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads and writes the files under one base folder (a client folder or the workspace root): JSON
 * documents in their envelope ({@code schema}, {@code schemaVersion}, {@code savedAt}, {@code body}),
 * and raw files. Every save goes to {@code <base>/.history/<relative path>/<version>} first, then
 * atomically replaces the current file.
 */
final class DocumentFiles {

    private static final String HISTORY = ".history";

    private final Path base;
    private final Consumer<Path> writeGuard;

    DocumentFiles(Path base, Consumer<Path> writeGuard) {
        this.base = base;
        this.writeGuard = writeGuard;
    }

    <T> T read(Path file, DocumentType<T> type) {
        return find(file, type).orElseThrow(() -> new DocumentNotFoundException(file, "no such document"));
    }

    <T> Optional<T> find(Path file, DocumentType<T> type) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot read: " + e.getMessage(), e);
        }
        return Optional.of(decode(file, bytes, type));
    }

    /** Parses, checks and migrates a document; {@code file} only names it in errors. */
    static <T> T decode(Path file, byte[] bytes, DocumentType<T> type) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new CorruptDocumentException(file, "not valid JSON at " + where(e.getLocation()) + ": "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CorruptDocumentException(file, "cannot parse: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject() || !root.path("schema").isTextual()
                || !root.path("schemaVersion").canConvertToInt() || !root.path("body").isObject()) {
            throw new CorruptDocumentException(file,
                    "not a Sales Workbench document: expected an object with 'schema', 'schemaVersion' and 'body'");
        }
        String schema = root.get("schema").asText();
        if (!schema.equals(type.schema())) {
            throw new CorruptDocumentException(file, "is a '" + schema + "' document, expected '" + type.schema() + "'");
        }
        int version = root.get("schemaVersion").asInt();
        if (version > type.version()) {
            throw new NewerSchemaException(file, "written with schema '" + schema + "' version " + version
                    + ", but this program reads up to version " + type.version() + "; update the module that owns it");
        }
        if (version < 1) {
            throw new CorruptDocumentException(file, "schemaVersion " + version + " is not valid (starts at 1)");
        }
        ObjectNode body = (ObjectNode) root.get("body");
        for (int v = version; v < type.version(); v++) {
            try {
                body = type.migrations().get(v).apply(body.deepCopy());
            } catch (RuntimeException e) {
                throw new CorruptDocumentException(file, "cannot migrate '" + schema + "' from version " + v
                        + " to " + (v + 1) + ": " + e.getMessage(), e);
            }
        }
        try {
            return Json.mapper().treeToValue(body, type.javaType());
        } catch (JsonMappingException e) {
            throw new CorruptDocumentException(file, "field 'body" + pathOf(e) + "': " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new CorruptDocumentException(file, e.getOriginalMessage(), e);
        }
    }

    <T> void save(Path file, DocumentType<T> type, T value) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("schema", type.schema());
        root.put("schemaVersion", type.version());
        root.put("savedAt", Instant.now().toString());
        root.set("body", Json.mapper().valueToTree(value));
        try {
            saveBytes(file, Json.mapper().writeValueAsBytes(root));
        } catch (JsonProcessingException e) {
            throw new WorkspaceException(file, "cannot serialise the document: " + e.getOriginalMessage(), e);
        }
    }

    void saveBytes(Path file, byte[] content) {
        writeGuard.accept(file);
        try {
            Path history = historyFolder(file);
            int next = versions(history).stream().mapToInt(DocumentVersion::version).max().orElse(0) + 1;
            AtomicFiles.write(history.resolve(versionFileName(next, file)), content);
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot save: " + e.getMessage(), e);
        }
    }

    List<DocumentVersion> history(Path file) {
        try {
            return versions(historyFolder(file));
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot list the history: " + e.getMessage(), e);
        }
    }

    byte[] historyContent(Path file, int version) {
        Path v = historyFolder(file).resolve(versionFileName(version, file));
        try {
            return Files.readAllBytes(v);
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException(file, "no saved version " + version);
        } catch (IOException e) {
            throw new WorkspaceException(v, "cannot read: " + e.getMessage(), e);
        }
    }

    private Path historyFolder(Path file) {
        return base.resolve(HISTORY).resolve(base.relativize(file));
    }

    private static String versionFileName(int version, Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return String.format(Locale.ROOT, "%06d", version) + (dot < 0 ? "" : name.substring(dot));
    }

    private static List<DocumentVersion> versions(Path history) throws IOException {
        if (!Files.isDirectory(history)) {
            return List.of();
        }
        List<DocumentVersion> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(history)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                String name = p.getFileName().toString();
                int dot = name.indexOf('.');
                String number = dot < 0 ? name : name.substring(0, dot);
                if (number.matches("\\d{6}")) {
                    out.add(new DocumentVersion(Integer.parseInt(number),
                            Files.getLastModifiedTime(p).toInstant(), Files.size(p)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.version(), b.version()));
        return out;
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "an unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
