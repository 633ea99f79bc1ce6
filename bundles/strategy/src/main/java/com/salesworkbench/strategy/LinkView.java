package com.salesworkbench.strategy;

import com.salesworkbench.workspace.ClientWorkspace;
import java.util.Map;
import java.util.Optional;

/** A link as resolved now: its target, or why there is none. Resolution never throws. */
public record LinkView(Link link, State state, LinkResolver.Target target, String problem) {

    public enum State { OK, MODULE_MISSING, OBJECT_MISSING, FAILED }

    /** Resolves through the resolver registered for the link's kind ({@code resolvers} by kind). */
    public static LinkView resolve(Link link, Map<String, LinkResolver> resolvers, ClientWorkspace client) {
        LinkResolver r = resolvers.get(link.kind());
        if (r == null) {
            return new LinkView(link, State.MODULE_MISSING, null, link.kind());
        }
        try {
            Optional<LinkResolver.Target> t = r.resolve(client, link.ref());
            return t.map(x -> new LinkView(link, State.OK, x, ""))
                    .orElseGet(() -> new LinkView(link, State.OBJECT_MISSING, null, link.ref()));
        } catch (RuntimeException e) {
            return new LinkView(link, State.FAILED, null, String.valueOf(e.getMessage()));
        }
    }
}
