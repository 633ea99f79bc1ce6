package com.salesworkbench.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.funnel.DealStatus;
import com.salesworkbench.funnel.Opportunity;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineSnapshot;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineDocumentTest {

    @TempDir
    Path dir;

    @Test
    void aPipelineWithSnapshotsRoundTripsAsAVersionedWorkspaceDocument() {
        Opportunity o = new Opportunity("1", "Ivanov", "Romashka", "pumps", "meeting", new BigDecimal("900000.50"),
                new BigDecimal("0.3"), YearMonth.of(2027, 1), DealStatus.OPEN, LocalDate.of(2026, 9, 1), null,
                Map.of("lead", LocalDate.of(2026, 9, 1), "meeting", LocalDate.of(2026, 10, 5)));
        Pipeline p = new Pipeline("main", "RUB", LocalDate.of(2026, 12, 1), StageModel.STANDARD, List.of(o), List.of());
        Pipeline withSnapshot = p.withSnapshot(PipelineSnapshot.of(LocalDate.of(2026, 12, 1), p.opportunities()));
        try (Workspace ws = Workspace.open(dir)) {
            ClientWorkspace c = ws.create(ClientId.of("acme"));
            c.save(FunnelDocuments.pipelinePath("main"), FunnelDocuments.PIPELINE, p);
            c.save(FunnelDocuments.pipelinePath("main"), FunnelDocuments.PIPELINE, withSnapshot);
            Pipeline back = c.read(FunnelDocuments.pipelinePath("main"), FunnelDocuments.PIPELINE);
            assertEquals(withSnapshot, back);
            assertEquals(new BigDecimal("900000.50"), back.opportunities().get(0).amount());
            assertEquals(2, c.history(FunnelDocuments.pipelinePath("main")).size());
            assertEquals(List.of("funnel/pipelines/main"), c.documents().stream().filter(d -> d.startsWith("funnel/")).toList());
        }
    }
}
