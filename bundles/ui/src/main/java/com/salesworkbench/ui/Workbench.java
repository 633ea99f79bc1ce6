package com.salesworkbench.ui;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The desktop window's model as a service, registered by the ui bundle whether or not a window is shown: what
 * perspectives, views, commands and open parts there are. For integration tests, the benchmark and tools.
 */
@ProviderType
public interface Workbench {

    /** One open part: {@code failure} is the error its view threw while opening, if it did. */
    record PartState(String viewId, boolean open, Optional<String> failure) {
    }

    /** A snapshot of the model, taken on the event thread. */
    record State(Optional<String> client, String language, String theme, String perspective, List<String> perspectives,
                 Map<String, List<String>> views, List<String> commands, Map<String, PartState> parts,
                 boolean windowShowing) {
    }

    State state();

    /** Selects a view (and its perspective) and opens its part, as clicking its tab does; returns the state after. */
    State select(String viewId);
}
