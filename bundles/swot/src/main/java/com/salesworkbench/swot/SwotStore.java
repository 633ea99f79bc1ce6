package com.salesworkbench.swot;

import com.salesworkbench.strategy.StrategyException;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SWOT boards in a client workspace: {@code swot/<name>}, schema {@code swot-board} version 1. */
public final class SwotStore {

    public static final DocumentType<SwotBoard> TYPE = DocumentType.of("swot-board", SwotBoard.class);
    public static final String FOLDER = "swot/";

    private SwotStore() {
    }

    public static Optional<SwotBoard> find(ClientWorkspace c, String name) {
        return c.find(FOLDER + StrategyStore.checkName(name), TYPE);
    }

    public static SwotBoard load(ClientWorkspace c, String name) {
        return find(c, name).orElseThrow(() -> new StrategyException("error.noBoard",
                "No SWOT board '" + name + "' for this client; create one with swot:new", name));
    }

    public static void save(ClientWorkspace c, SwotBoard b) {
        c.save(FOLDER + StrategyStore.checkName(b.name()), TYPE, b);
    }

    public static List<String> names(ClientWorkspace c) {
        List<String> out = new ArrayList<>();
        for (String d : c.documents()) {
            if (d.startsWith(FOLDER) && d.indexOf('/', FOLDER.length()) < 0) {
                out.add(d.substring(FOLDER.length()));
            }
        }
        return out;
    }
}
