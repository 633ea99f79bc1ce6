package com.salesworkbench.workspace.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentNotFoundException;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.DocumentVersion;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.WorkspaceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A client folder: {@code documents/<path>.json}, {@code series/<name>.csv}, {@code bundles/} for the
 * client's plug-ins and {@code .history/} for saved versions.
 */
final class FileClientWorkspace implements ClientWorkspace {

    private static final Pattern DOCUMENT_PATH = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
    private static final Pattern SERIES_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final String SERIES_PREFIX = "series/";

    private final ClientId id;
    private final Path folder;
    private final DocumentFiles files;

    FileClientWorkspace(ClientId id, Path folder, Consumer<Path> writeGuard) {
        this.id = id;
        this.folder = folder;
        this.files = new DocumentFiles(folder, writeGuard);
    }

    @Override
    public ClientId id() {
        return id;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public Path bundleFolder() {
        return folder.resolve("bundles");
    }

    @Override
    public <T> T read(String document, DocumentType<T> type) {
        return files.read(documentFile(document), type);
    }

    @Override
    public <T> Optional<T> find(String document, DocumentType<T> type) {
        return files.find(documentFile(document), type);
    }

    @Override
    public <T> void save(String document, DocumentType<T> type, T value) {
        files.save(documentFile(document), type, value);
    }

    @Override
    public List<String> documents() {
        Path docs = folder.resolve("documents");
        if (!Files.isDirectory(docs)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(docs)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .map(p -> docs.relativize(p).toString().replace('\\', '/'))
                    .map(p -> p.substring(0, p.length() - ".json".length()))
                    .filter(p -> DOCUMENT_PATH.matcher(p).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new WorkspaceException(docs, "cannot list documents: " + e.getMessage(), e);
        }
    }

    @Override
    public List<TimeSeries> readSeries(String name) {
        Path file = seriesFile(name);
        try {
            return SeriesCsv.read(file, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new DocumentNotFoundException(file, "no such series file");
        } catch (IOException e) {
            throw new WorkspaceException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    public void saveSeries(String name, List<TimeSeries> series) {
        files.saveBytes(seriesFile(name), SeriesCsv.write(series));
    }

    @Override
    public List<String> seriesNames() {
        Path dir = folder.resolve("series");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv"))
                    .map(n -> n.substring(0, n.length() - 4)).filter(n -> SERIES_NAME.matcher(n).matches())
                    .sorted().toList();
        } catch (IOException e) {
            throw new WorkspaceException(dir, "cannot list series: " + e.getMessage(), e);
        }
    }

    @Override
    public List<DocumentVersion> history(String item) {
        return files.history(itemFile(item));
    }

    @Override
    public void restore(String item, int version) {
        Path file = itemFile(item);
        byte[] content = files.historyContent(file, version);
        // Validate before it becomes current: a restore must never replace a good file with a bad one.
        if (item.startsWith(SERIES_PREFIX)) {
            SeriesCsv.read(file, content);
        } else {
            try {
                Json.mapper().readTree(content);
            } catch (IOException e) {
                throw new WorkspaceException(file, "saved version " + version + " is not valid JSON: " + e.getMessage(), e);
            }
        }
        files.saveBytes(file, content);
    }

    /** {@code series/<name>} names a series file; anything else names a document. */
    private Path itemFile(String item) {
        return item.startsWith(SERIES_PREFIX) ? seriesFile(item.substring(SERIES_PREFIX.length())) : documentFile(item);
    }

    private Path documentFile(String document) {
        if (document == null || !DOCUMENT_PATH.matcher(document).matches()) {
            throw new IllegalArgumentException("Invalid document path '" + document
                    + "': use lower-case segments of letters, digits, '.', '-', '_' separated by '/'");
        }
        return folder.resolve("documents").resolve(document + ".json");
    }

    private Path seriesFile(String name) {
        if (name == null || !SERIES_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid series name '" + name
                    + "': use lower-case letters, digits, '.', '-', '_'");
        }
        return folder.resolve("series").resolve(name + ".csv");
    }
}
