package com.salesworkbench.workspace;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.time.TimeSeries;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One client's folder. Documents are named by a relative path of lower-case segments
 * (e.g. {@code "plans/2026-q3"}); series by a single name. Every save is atomic and adds a version to the
 * item's history.
 */
@ProviderType
public interface ClientWorkspace {

    ClientId id();

    Path folder();

    /** The client's own plug-in folder: bundles that only this client runs. */
    Path bundleFolder();

    /**
     * Reads a document, migrating it from an older schema version when needed.
     *
     * @throws DocumentNotFoundException when absent
     * @throws CorruptDocumentException  when the file is not a valid document of this type
     * @throws NewerSchemaException      when the file was written by a newer program
     */
    <T> T read(String document, DocumentType<T> type);

    <T> Optional<T> find(String document, DocumentType<T> type);

    /** Saves atomically: a crash leaves either the old or the new content, never a mix. */
    <T> void save(String document, DocumentType<T> type, T value);

    /** Paths of all documents, sorted. */
    List<String> documents();

    List<TimeSeries> readSeries(String name);

    void saveSeries(String name, List<TimeSeries> series);

    /** Names of all series files, sorted. */
    List<String> seriesNames();

    /**
     * The saved versions of a document ({@code "plans/2026-q3"}) or series ({@code "series/sales"}),
     * oldest first.
     */
    List<DocumentVersion> history(String item);

    /** Makes an old version current again (as a new version, so nothing in the history is lost). */
    void restore(String item, int version);
}
