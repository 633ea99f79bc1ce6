package com.salesworkbench.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Frozen versions in a real workspace and the comparison of any two. */
class VersionDiffTest {

    @TempDir
    Path dir;

    @Test
    void approvedVersionsAreFrozenAndAnyTwoCompare() {
        try (Workspace ws = Workspace.open(dir)) {
            ClientWorkspace c = ws.create(ClientId.of("acme"));
            StrategyDocument v1 = LifecycleTest.complete().withAction("Open Kazan office", "Sales", LocalDate.of(2027, 3, 1),
                    List.of(), List.of()).submit().approve("Head", LocalDate.of(2026, 12, 1));
            StrategyStore.save(c, v1);
            StrategyDocument v2 = v1.revise().withChapterText("pricing-policy", "Prices +5 %")
                    .mapAction("a1", a -> a.withStatus(ActionStatus.IN_PROGRESS))
                    .withAction("Hire two key account managers", "HR", null, List.of(), List.of());
            StrategyStore.save(c, v2);
            StrategyStore.save(c, v2.submit().approve("Head", LocalDate.of(2027, 1, 15)));
            StrategyStore.save(c, StrategyStore.load(c, "growth").revise().withChapterText("sales-model", "Four tiers"));

            assertEquals(List.of(1, 2), StrategyStore.frozen(c, "growth"));
            StrategyDocument frozen1 = StrategyStore.version(c, "growth", "1");
            assertEquals(v1, frozen1);
            assertEquals(3, StrategyStore.version(c, "growth", "current").version());

            List<VersionDiff.Change> d12 = VersionDiff.compare(frozen1, StrategyStore.version(c, "growth", "2"));
            assertTrue(d12.contains(new VersionDiff.Change("chapter", "pricing-policy", "text", "Text of pricing-policy", "Prices +5 %")), d12.toString());
            assertTrue(d12.contains(new VersionDiff.Change("action", "a1", "status", "planned", "in_progress")), d12.toString());
            assertTrue(d12.contains(new VersionDiff.Change("action", "a2", "added", "", "Hire two key account managers")), d12.toString());
            assertEquals(3, d12.size(), d12.toString());

            List<VersionDiff.Change> d13 = VersionDiff.compare(frozen1, StrategyStore.version(c, "growth", "current"));
            assertTrue(d13.contains(new VersionDiff.Change("field", "document", "status", "approved", "draft")), d13.toString());
            assertTrue(d13.contains(new VersionDiff.Change("chapter", "sales-model", "text", "Text of sales-model", "Four tiers")));
            assertEquals(List.of(), VersionDiff.compare(frozen1, frozen1));
            // and backwards: what was added shows as removed
            assertTrue(VersionDiff.compare(StrategyStore.version(c, "growth", "2"), frozen1)
                    .contains(new VersionDiff.Change("action", "a2", "removed", "Hire two key account managers", "")));

            assertEquals("error.noVersion", assertThrows(StrategyException.class, () -> StrategyStore.version(c, "growth", "7")).key());
            assertEquals("error.versionRef", assertThrows(StrategyException.class, () -> StrategyStore.version(c, "growth", "latest")).key());
        }
    }
}
