package com.salesworkbench.strategy;

import com.salesworkbench.workspace.ClientWorkspace;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
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

    /** Resolves many links, each kind's together through {@link LinkResolver#resolveAll}; never throws either. */
    public static Map<Link, LinkView> resolveAll(Collection<Link> links, Map<String, LinkResolver> resolvers, ClientWorkspace client) {
        Map<String, Set<String>> byKind = new LinkedHashMap<>();
        for (Link l : links) {
            byKind.computeIfAbsent(l.kind(), k -> new LinkedHashSet<>()).add(l.ref());
        }
        Map<Link, LinkView> out = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : byKind.entrySet()) {
            LinkResolver r = resolvers.get(e.getKey());
            Map<String, Optional<LinkResolver.Target>> found = null;
            if (r != null) {
                try {
                    found = r.resolveAll(client, e.getValue());
                } catch (RuntimeException x) {
                    found = null; // resolve one by one below, so one bad reference does not hide the others
                }
            }
            for (String ref : e.getValue()) {
                Link l = new Link(e.getKey(), ref);
                if (r == null) {
                    out.put(l, new LinkView(l, State.MODULE_MISSING, null, l.kind()));
                } else if (found != null && found.get(ref) != null) {
                    Optional<LinkResolver.Target> t = found.get(ref);
                    out.put(l, t.map(x -> new LinkView(l, State.OK, x, ""))
                            .orElseGet(() -> new LinkView(l, State.OBJECT_MISSING, null, l.ref())));
                } else {
                    out.put(l, resolve(l, resolvers, client));
                }
            }
        }
        return out;
    }
}
