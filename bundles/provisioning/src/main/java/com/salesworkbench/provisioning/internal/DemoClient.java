package com.salesworkbench.provisioning.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.ProvisioningException;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.SeriesCsv;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * The demo client created on first start, so a new installation has something to explore: the
 * Ivanov / Petrov summer plan and the cost-of-sales table of the planning article, five years of monthly
 * sales of a flower-shop chain, a pipeline of corporate flower deals, the managers' pay scheme, a draft sales
 * strategy and a SWOT board, and the example
 * client bundle (signed, as the profile demands).
 */
public final class DemoClient {

    static final String ID = "demo";
    /** Where the distribution keeps the demo client's own bundles. */
    static final String DEMO_BUNDLES = "demo/bundles";
    /** Schema of the planning module's plan document; the demo writes its first version. */
    static final DocumentType<ObjectNode> SALES_PLAN = DocumentType.of("sales-plan", ObjectNode.class);
    /** The funnel module's pipeline and the motivation module's pay scheme, first versions, for the report's sections. */
    static final DocumentType<ObjectNode> PIPELINE = DocumentType.of("funnel-pipeline", ObjectNode.class);
    static final DocumentType<ObjectNode> PAY_SCHEME = DocumentType.of("pay-scheme", ObjectNode.class);
    /** The reps' actual June figures the scheme is paid on (the motivation module's pay-figures, first version). */
    static final DocumentType<ObjectNode> PAY_FIGURES = DocumentType.of("pay-figures", ObjectNode.class);
    /** The strategy module's document and the SWOT module's board, first versions. */
    static final DocumentType<ObjectNode> STRATEGY = DocumentType.of("strategy-document", ObjectNode.class);
    static final DocumentType<ObjectNode> SWOT_BOARD = DocumentType.of("swot-board", ObjectNode.class);

    private DemoClient() {
    }

    /**
     * Creates the demo client in the workspace; {@code home} is the distribution, whose demo bundles are copied
     * (none when it has none: the report's demo and benchmark on a flat class path).
     */
    public static ClientProfile create(Workspace workspace, Path home) {
        ClientProfile profile = new ClientProfile(ID, "Demo: flower-shop chain", "ru-RU", List.of("full"), List.of(),
                true, "etc/trust", Map.of());
        ClientWorkspace client = workspace.create(ClientId.of(ID));
        try {
            client.save("plans/summer-2026", SALES_PLAN, Json.mapper().readValue(resource("plan-summer.json"), ObjectNode.class));
            client.save("funnel/pipelines/main", PIPELINE, Json.mapper().readValue(resource("pipeline-main.json"), ObjectNode.class));
            client.save("pay/schemes/managers-2026", PAY_SCHEME, Json.mapper().readValue(resource("pay-scheme.json"), ObjectNode.class));
            client.save("pay/figures/managers-2026", PAY_FIGURES, Json.mapper().readValue(resource("pay-figures.json"), ObjectNode.class));
            client.save("strategy/growth-2026", STRATEGY, Json.mapper().readValue(resource("strategy-growth-2026.json"), ObjectNode.class));
            client.save("swot/flowers-2026", SWOT_BOARD, Json.mapper().readValue(resource("swot-flowers-2026.json"), ObjectNode.class));
            client.saveSeries("sales-history", SeriesCsv.read(Path.of("demo/sales-history.csv"), resource("sales-history.csv")));
            client.saveSeries("cost-of-sales", SeriesCsv.read(Path.of("demo/cost-of-sales.csv"), resource("cost-of-sales.csv")));
            for (Path jar : BundleSet.jars(home.resolve(DEMO_BUNDLES))) {
                Files.copy(jar, client.bundleFolder().resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ProvisioningException("Cannot create the demo client: " + e.getMessage(), e);
        }
        // The profile goes last: a client folder without it is visibly unfinished, never half-valid.
        client.save(ClientProfile.DOCUMENT, ClientProfile.TYPE, profile);
        return profile;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = DemoClient.class.getResourceAsStream("demo/" + name)) {
            if (in == null) {
                throw new IOException("missing resource demo/" + name);
            }
            return in.readAllBytes();
        }
    }
}
