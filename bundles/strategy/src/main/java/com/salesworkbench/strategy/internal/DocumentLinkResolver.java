package com.salesworkbench.strategy.internal;

import com.salesworkbench.strategy.LinkResolver;
import com.salesworkbench.workspace.ClientWorkspace;
import java.util.Optional;

/** Links of kind {@code document}: any workspace document by its path, e.g. {@code document:funnel/pipelines/main}. */
@org.osgi.service.component.annotations.Component(property = LinkResolver.KIND + "=document")
public class DocumentLinkResolver implements LinkResolver {

    @Override
    public String kind() {
        return "document";
    }

    @Override
    public Optional<Target> resolve(ClientWorkspace client, String ref) {
        if (!client.documents().contains(ref)) {
            return Optional.empty();
        }
        return Optional.of(new Target(ref, "", null));
    }
}
