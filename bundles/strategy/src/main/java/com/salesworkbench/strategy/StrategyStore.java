package com.salesworkbench.strategy;

import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where strategy documents live in a client workspace: the working version at {@code strategy/<name>}
 * (schema {@code strategy-document}, version 1), each approved version frozen at
 * {@code strategy-versions/<name>/v<N>} when it is approved.
 */
public final class StrategyStore {

    public static final DocumentType<StrategyDocument> TYPE = DocumentType.of("strategy-document", StrategyDocument.class);
    public static final String FOLDER = "strategy/";
    public static final String VERSIONS = "strategy-versions/";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private StrategyStore() {
    }

    public static String checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new StrategyException("error.name", "Name '" + name + "': use lower-case letters, digits, '.', '-', '_'", name);
        }
        return name;
    }

    public static Optional<StrategyDocument> find(ClientWorkspace c, String name) {
        return c.find(FOLDER + checkName(name), TYPE);
    }

    public static StrategyDocument load(ClientWorkspace c, String name) {
        return find(c, name).orElseThrow(() -> new StrategyException("error.noStrategy",
                "No strategy document '" + name + "' for this client; create one with strategy:new", name));
    }

    /** Saves the working version; an approved one is also frozen as its own version document. */
    public static void save(ClientWorkspace c, StrategyDocument d) {
        if (d.status() == Status.APPROVED) {
            c.save(VERSIONS + d.name() + "/v" + d.version(), TYPE, d);
        }
        c.save(FOLDER + checkName(d.name()), TYPE, d);
    }

    public static List<String> names(ClientWorkspace c) {
        List<String> out = new ArrayList<>();
        for (String doc : c.documents()) {
            if (doc.startsWith(FOLDER) && doc.indexOf('/', FOLDER.length()) < 0) {
                out.add(doc.substring(FOLDER.length()));
            }
        }
        return out;
    }

    /** The frozen (approved) version numbers, oldest first. */
    public static List<Integer> frozen(ClientWorkspace c, String name) {
        String prefix = VERSIONS + checkName(name) + "/v";
        List<Integer> out = new ArrayList<>();
        for (String doc : c.documents()) {
            if (doc.startsWith(prefix)) {
                try {
                    out.add(Integer.parseInt(doc.substring(prefix.length())));
                } catch (NumberFormatException e) {
                    // not a version document
                }
            }
        }
        out.sort(null);
        return out;
    }

    /** A version by number (a frozen one, or the working one when its number matches) or {@code current}. */
    public static StrategyDocument version(ClientWorkspace c, String name, String which) {
        StrategyDocument current = load(c, name);
        if (which.equalsIgnoreCase("current")) {
            return current;
        }
        int n;
        try {
            n = Integer.parseInt(which.strip().replaceFirst("^v", ""));
        } catch (NumberFormatException e) {
            throw new StrategyException("error.versionRef", "Version '" + which + "': give a number (1, 2...) or current", which);
        }
        Optional<StrategyDocument> frozen = c.find(VERSIONS + name + "/v" + n, TYPE);
        if (frozen.isPresent()) {
            return frozen.get();
        }
        if (current.version() == n) {
            return current;
        }
        throw new StrategyException("error.noVersion", "'" + name + "' has no version " + n + "; versions: "
                + frozen(c, name) + " and current " + current.version(), name, n, frozen(c, name) + ", " + current.version());
    }
}
