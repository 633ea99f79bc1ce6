package com.salesworkbench.io.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentNotFoundException;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.DocumentVersion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A client workspace in memory that counts the writes, for the fuzz test's "nothing written" check. */
final class MemoryWorkspace implements ClientWorkspace {

    final Map<String, Object> documents = new TreeMap<>();
    final Map<String, List<TimeSeries>> series = new TreeMap<>();
    int writes;

    @Override
    public ClientId id() {
        return ClientId.of("memory");
    }

    @Override
    public Path folder() {
        return Path.of("memory");
    }

    @Override
    public Path bundleFolder() {
        return Path.of("memory", "bundles");
    }

    @Override
    public <T> T read(String document, DocumentType<T> type) {
        return find(document, type).orElseThrow(() -> new DocumentNotFoundException(Path.of(document), "no " + document));
    }

    @Override
    public <T> Optional<T> find(String document, DocumentType<T> type) {
        return Optional.ofNullable(type.javaType().cast(documents.get(document)));
    }

    @Override
    public <T> void save(String document, DocumentType<T> type, T value) {
        writes++;
        documents.put(document, value);
    }

    @Override
    public List<String> documents() {
        return new ArrayList<>(documents.keySet());
    }

    @Override
    public List<TimeSeries> readSeries(String name) {
        List<TimeSeries> found = series.get(name);
        if (found == null) {
            throw new DocumentNotFoundException(Path.of(name), "no such series file");
        }
        return found;
    }

    @Override
    public void saveSeries(String name, List<TimeSeries> s) {
        writes++;
        series.put(name, List.copyOf(s));
    }

    @Override
    public List<String> seriesNames() {
        return new ArrayList<>(series.keySet());
    }

    @Override
    public List<DocumentVersion> history(String item) {
        return List.of();
    }

    @Override
    public void restore(String item, int version) {
        // as the file workspace does for a version it never saved: this memory keeps no history
        throw new DocumentNotFoundException(Path.of(item), "no saved version " + version);
    }
}
