package com.salesworkbench.ui.plan.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** A workspace with the demo client's summer plan as the demo writes it (version 1, tables 1-3 of the article). */
final class DemoPlan {

    static final ClientId DEMO = ClientId.of("demo");
    static final String NAME = "summer-2026";

    private DemoPlan() {
    }

    static Workspace workspace(Path dir) throws IOException {
        Workspace ws = Workspace.open(dir);
        ClientWorkspace c = ws.create(DEMO);
        try (InputStream in = DemoPlan.class.getResourceAsStream("plan-summer.json")) {
            c.save("plans/" + NAME, DocumentType.of("sales-plan", ObjectNode.class),
                    Json.mapper().readValue(in.readAllBytes(), ObjectNode.class));
        }
        return ws;
    }
}
