package com.salesworkbench.strategy;

import com.salesworkbench.workspace.ClientWorkspace;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a module resolves links of its {@link #kind()} to its objects (the planning module plan
 * figures, the motivation module pay schemes, the SWOT module boards). Registered as a service with the
 * property {@link #KIND}. When no resolver of a kind runs, the link shows the module as missing.
 */
@ConsumerType
public interface LinkResolver {

    String KIND = "strategy.link.kind";

    String kind();

    /** The object, or empty when it no longer exists. May throw; callers show a failure as such. */
    Optional<Target> resolve(ClientWorkspace client, String ref);

    /**
     * Resolves many references at once (a document's view resolves all its links together); a resolver overrides
     * it to read each object once. Every reference given is a key of the answer.
     */
    default Map<String, Optional<Target>> resolveAll(ClientWorkspace client, Collection<String> refs) {
        Map<String, Optional<Target>> out = new LinkedHashMap<>();
        for (String r : refs) {
            out.put(r, resolve(client, r));
        }
        return out;
    }

    /** What a link shows: a title, a one-line summary and, for a plan figure, its current value. */
    record Target(String title, String summary, BigDecimal figure) {
        public Target {
            summary = summary == null ? "" : summary;
        }
    }
}
