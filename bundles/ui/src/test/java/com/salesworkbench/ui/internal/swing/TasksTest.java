package com.salesworkbench.ui.internal.swing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.Progress;
import java.awt.EventQueue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Background work runs off the event thread, shows in the status bar, can be cancelled, reports errors. */
class TasksTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private final StatusBar status = new StatusBar();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> cancelled = new CopyOnWriteArrayList<>();
    private final Tasks tasks = new Tasks(status, (where, e) -> errors.add(where + ": " + e.getMessage()), cancelled::add);

    private static final class Task implements BackgroundTask<Integer> {
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch done = new CountDownLatch(1);
        volatile String computeThread;
        volatile Integer result;
        volatile boolean onEdt;
        final boolean fail;

        Task(boolean fail) {
            this.fail = fail;
        }

        @Override
        public String title() {
            return "Backtest";
        }

        @Override
        public Integer compute(Progress progress) throws Exception {
            computeThread = Thread.currentThread().getName();
            progress.worked(1, 4);
            started.countDown();
            release.await(5, TimeUnit.SECONDS);
            if (fail) {
                throw new IllegalArgumentException("series 'north' has no data");
            }
            return progress.cancelled() ? -1 : 42;
        }

        @Override
        public void succeeded(Integer r) {
            result = r;
            onEdt = EventQueue.isDispatchThread();
            done.countDown();
        }

        @Override
        public boolean failed(Throwable error) {
            done.countDown();
            return false;
        }
    }

    @Test
    void aTaskRunsOffTheEventThreadWithProgressAndItsResultComesBackOnIt() throws Exception {
        Task t = new Task(false);
        EventQueue.invokeAndWait(() -> tasks.run(t));
        assertTrue(t.started.await(5, TimeUnit.SECONDS));
        assertTrue(t.computeThread.startsWith("workbench-task-"), t.computeThread);
        EventQueue.invokeAndWait(() -> assertFalse(showing("Backtest"), "not at once: most tasks end sooner"));
        // shown once it has run a while
        long shownAfter = System.nanoTime();
        while (!showingOnEdt("Backtest") && System.nanoTime() - shownAfter < 5_000_000_000L) {
            Thread.sleep(20);
        }
        assertTrue(showingOnEdt("Backtest"), "the running task's title in the status bar");
        assertTrue((System.nanoTime() - shownAfter) / 1_000_000 >= StatusBar.SHOW_AFTER_MS - 50);
        t.release.countDown();
        assertTrue(t.done.await(5, TimeUnit.SECONDS));
        assertEquals(42, t.result);
        assertTrue(t.onEdt);
        tasks.shutdown();
    }

    @Test
    void aQuickTaskNeverShowsInTheStatusBar() throws Exception {
        Task t = new Task(false);
        EventQueue.invokeAndWait(() -> tasks.run(t));
        t.release.countDown();
        assertTrue(t.done.await(5, TimeUnit.SECONDS));
        Thread.sleep(StatusBar.SHOW_AFTER_MS + 100);
        assertFalse(showingOnEdt("Backtest"));
        tasks.shutdown();
    }

    /** Whether the status bar shows a visible label with the text. */
    private boolean showing(String text) {
        return showing(status, text);
    }

    private static boolean showing(java.awt.Container c, String text) {
        for (java.awt.Component child : c.getComponents()) {
            if (child.isVisible() && (child instanceof javax.swing.JLabel l && text.equals(l.getText())
                    || child instanceof java.awt.Container inner && showing(inner, text))) {
                return true;
            }
        }
        return false;
    }

    private boolean showingOnEdt(String text) throws Exception {
        boolean[] shown = new boolean[1];
        EventQueue.invokeAndWait(() -> shown[0] = showing(text));
        return shown[0];
    }

    @Test
    void cancelMeansNoResultAndAMessage() throws Exception {
        Task t = new Task(false);
        EventQueue.invokeAndWait(() -> tasks.run(t));
        assertTrue(t.started.await(5, TimeUnit.SECONDS));
        // the cancel button of the status bar
        EventQueue.invokeAndWait(() -> findCancel().doClick());
        t.release.countDown();
        for (int i = 0; i < 100 && cancelled.isEmpty(); i++) {
            Thread.sleep(20);
        }
        assertEquals(List.of("Backtest"), cancelled);
        assertEquals(null, t.result, "a cancelled task's result is not delivered");
        tasks.shutdown();
    }

    @Test
    void aFailureIsReportedWithTheTasksTitle() throws Exception {
        Task t = new Task(true);
        EventQueue.invokeAndWait(() -> tasks.run(t));
        t.release.countDown();
        assertTrue(t.done.await(5, TimeUnit.SECONDS));
        EventQueue.invokeAndWait(() -> { });
        assertEquals(List.of("Backtest: series 'north' has no data"), errors);
        assertFalse(errors.isEmpty());
        assertNotEquals(42, t.result);
        tasks.shutdown();
    }

    private javax.swing.JButton findCancel() {
        return find(status);
    }

    private static javax.swing.JButton find(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JButton b) {
                return b;
            }
            if (child instanceof java.awt.Container inner) {
                javax.swing.JButton b = find(inner);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }
}
