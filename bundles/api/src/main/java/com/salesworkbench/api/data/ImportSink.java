package com.salesworkbench.api.data;

import com.salesworkbench.api.client.ClientId;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's receiver of imported rows of one kind (service property {@link DataKinds#PROPERTY}): it turns them into
 * the module's own document and saves it in one atomic write, or refuses them and writes nothing.
 */
@ConsumerType
public interface ImportSink {

    /**
     * Saves {@code rows} as the client's document {@code name} (replacing the rows of an existing one) and returns
     * the workspace documents written.
     *
     * @param locale the language of a refusal's message
     * @throws DataException naming the source row and field when the rows do not make a valid document (an unknown
     *         stage, a cell twice, a period outside the plan); nothing is written then
     */
    List<String> save(ClientId client, String name, ImportedRows rows, Locale locale);
}
