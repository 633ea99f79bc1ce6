package com.salesworkbench.api.data;

import com.salesworkbench.api.client.ClientId;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A module's documents of one kind as tables for export (service property {@link DataKinds#PROPERTY}): a plan with
 * {@code groupBy} so a spreadsheet gets subtotal formulas, pipelines, pay statements, forecasts.
 */
@ConsumerType
public interface TableSource {

    /** The names the client has of this kind (what {@link #table} accepts), sorted. */
    List<String> names(ClientId client);

    /**
     * The table of the client's {@code name}.
     *
     * @param arguments what the kind needs beyond the name (e.g. the figures file of pay statements), possibly empty
     * @param locale the language of a refusal's message (titles and headers stay the columns' ids, so an exported
     *        file imports again)
     * @throws DataException when there is no such name or the arguments do not fit
     */
    Table table(ClientId client, String name, List<String> arguments, Locale locale);
}
