package com.salesworkbench.swot.internal;

import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.swot.FactorScores;
import com.salesworkbench.swot.SwotBoard;
import com.salesworkbench.swot.SwotStore;
import com.salesworkbench.workspace.ClientWorkspace;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** Links of kind {@code swot}: a board ({@code swot:main}), an item ({@code swot:main#S2}), a TOWS strategy ({@code swot:main@T1}). */
@Component(property = LinkResolver.KIND + "=swot")
public class SwotLinkResolver implements LinkResolver {

    @Override
    public String kind() {
        return "swot";
    }

    @Override
    public Optional<Target> resolve(ClientWorkspace client, String ref) {
        return resolve(client, ref, new HashMap<>());
    }

    /** Reads each board once for all the references. */
    @Override
    public Map<String, Optional<Target>> resolveAll(ClientWorkspace client, Collection<String> refs) {
        Map<String, Optional<SwotBoard>> boards = new HashMap<>();
        Map<String, Optional<Target>> out = new LinkedHashMap<>();
        for (String r : refs) {
            out.put(r, resolve(client, r, boards));
        }
        return out;
    }

    private Optional<Target> resolve(ClientWorkspace client, String ref, Map<String, Optional<SwotBoard>> boards) {
        int hash = ref.indexOf('#');
        int at = ref.indexOf('@');
        int cut = hash >= 0 ? hash : at >= 0 ? at : ref.length();
        String name = ref.substring(0, cut);
        if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
            return Optional.empty();
        }
        Optional<SwotBoard> b = boards.computeIfAbsent(name, n -> SwotStore.find(client, n));
        if (b.isEmpty()) {
            return Optional.empty();
        }
        SwotBoard board = b.get();
        if (hash >= 0) {
            return board.find(ref.substring(hash + 1)).map(i -> new Target(i.text(), i.quadrant().code()
                    + (i.weight() == null ? "" : " w=" + i.weight().toPlainString()) + (i.rating() == 0 ? "" : " r=" + i.rating()), null));
        }
        if (at >= 0) {
            String id = ref.substring(at + 1);
            return board.strategies().stream().filter(s -> s.id().equals(id)).findFirst()
                    .map(s -> new Target(s.text(), s.type() + " " + s.items(), null));
        }
        String summary = board.items().size() + " items, iteration " + board.current().number();
        try {
            FactorScores.Position p = FactorScores.position(board.items());
            summary += ", IFE " + p.internal() + " / EFE " + p.external();
        } catch (RuntimeException e) {
            // not scored yet: the summary says what there is
        }
        return Optional.of(new Target(board.title(), summary, null));
    }
}
