package com.salesworkbench.swot.internal;

import com.salesworkbench.api.time.TimeSeries;
import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.workspace.ClientWorkspace;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;

/** Links of kind {@code series}: one series of a workspace series file, {@code series:FILE#SERIES_ID}. */
@Component(property = LinkResolver.KIND + "=series")
public class SeriesLinkResolver implements LinkResolver {

    @Override
    public String kind() {
        return "series";
    }

    @Override
    public Optional<Target> resolve(ClientWorkspace client, String ref) {
        int hash = ref.indexOf('#');
        if (hash <= 0 || !client.seriesNames().contains(ref.substring(0, hash))) {
            return Optional.empty();
        }
        String id = ref.substring(hash + 1);
        return client.readSeries(ref.substring(0, hash)).stream().filter(s -> s.id().equals(id)).findFirst()
                .map((TimeSeries s) -> new Target(s.id(), s.start() + " - " + s.end(), null));
    }
}
