package com.salesworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Only the newest load of an open part is shown, whatever order the loads finish in. */
class LatestLoadTest {

    @Test
    void anOlderLoadFinishingLateIsDroppedAndNothingIsShownAfterClose() throws Exception {
        DeferredViewContext context = new DeferredViewContext();
        LatestLoad loads = new LatestLoad();
        List<String> shown = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        loads.start(context, "first", p -> "plan A", shown::add, e -> errors.add(e.getMessage()));
        loads.start(context, "second", p -> "plan B", shown::add, e -> errors.add(e.getMessage()));
        context.finish(1);
        context.finish(0); // the first load is slower: its result must not replace plan B
        assertEquals(List.of("plan B"), shown);

        LatestLoad.Work<String> failing = p -> {
            throw new IllegalStateException("disk gone");
        };
        loads.start(context, "third", failing, shown::add, e -> errors.add(e.getMessage()));
        loads.start(context, "fourth", p -> "plan C", shown::add, e -> errors.add(e.getMessage()));
        context.finish(2); // an error of a superseded load is not reported either
        assertEquals(List.of(), errors);
        loads.start(context, "fifth", failing, shown::add, e -> errors.add(e.getMessage()));
        context.finish(4); // the newest load's error is
        assertEquals(List.of("disk gone"), errors);

        loads.start(context, "sixth", p -> "plan D", shown::add, e -> errors.add(e.getMessage()));
        loads.close();
        context.finish(5);
        assertEquals(List.of("plan B"), shown, "nothing is shown once the part closed");
        assertTrue(loads.closed());
        assertEquals("sixth", context.pending.get(5).title());
    }
}
