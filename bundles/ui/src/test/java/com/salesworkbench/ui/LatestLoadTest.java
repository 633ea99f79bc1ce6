package com.salesworkbench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import com.salesworkbench.api.ui.ViewContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.swing.undo.UndoManager;
import org.junit.jupiter.api.Test;

/** Only the newest load of an open part is shown, whatever order the loads finish in. */
class LatestLoadTest {

    /** Holds the tasks back so the test decides when each one finishes. */
    private static final class Deferred implements ViewContext {
        final List<BackgroundTask<?>> pending = new ArrayList<>();

        @Override
        public <T> void run(BackgroundTask<T> task) {
            pending.add(task);
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public Formats formats() {
            return new Formats(Locale.ENGLISH);
        }

        @Override
        public Optional<ClientId> client() {
            return Optional.empty();
        }

        @Override
        public UndoManager undo() {
            return new UndoManager();
        }

        @Override
        public void showError(String where, Throwable error) {
            throw new AssertionError("a load's error goes to its own handler", error);
        }

        @Override
        public void status(String message) {
        }

        @SuppressWarnings("unchecked")
        <T> void finish(int i) throws Exception {
            BackgroundTask<T> task = (BackgroundTask<T>) pending.get(i);
            try {
                task.succeeded(task.compute(NEVER_CANCELLED));
            } catch (Exception e) {
                task.failed(e);
            }
        }
    }

    private static final Progress NEVER_CANCELLED = new Progress() {
        @Override
        public void worked(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    @Test
    void anOlderLoadFinishingLateIsDroppedAndNothingIsShownAfterClose() throws Exception {
        Deferred context = new Deferred();
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
