package com.salesworkbench.strategy.internal;

import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.strategy.StrategyDocument;
import com.salesworkbench.strategy.StrategyStore;
import com.salesworkbench.workspace.ClientWorkspace;
import java.util.Optional;

/** Links of kind {@code strategy}: another strategy document ({@code strategy:NAME}) or one of its goals ({@code strategy:NAME#g3}). */
@org.osgi.service.component.annotations.Component(property = LinkResolver.KIND + "=strategy")
public class StrategyLinkResolver implements LinkResolver {

    @Override
    public String kind() {
        return "strategy";
    }

    @Override
    public Optional<Target> resolve(ClientWorkspace client, String ref) {
        int hash = ref.indexOf('#');
        String name = hash < 0 ? ref : ref.substring(0, hash);
        if (!name.matches("[a-z0-9][a-z0-9._-]*")) {
            return Optional.empty();
        }
        Optional<StrategyDocument> d = StrategyStore.find(client, name);
        if (d.isEmpty() || hash < 0) {
            return d.map(x -> new Target(x.title(), x.status().name().toLowerCase() + " v" + x.version(), null));
        }
        String goal = ref.substring(hash + 1);
        return d.get().goals().stream().filter(g -> g.id().equals(goal)).findFirst()
                .map(g -> new Target(g.title(), g.owner(), g.achieved()));
    }
}
