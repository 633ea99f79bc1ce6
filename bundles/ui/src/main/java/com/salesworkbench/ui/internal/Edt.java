package com.salesworkbench.ui.internal;

import java.awt.EventQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Getting onto the event thread from service callbacks. */
public final class Edt {

    /** Long enough for any sane event-thread task, short enough that a stuck event thread cannot hang a bundle stop. */
    static final long WAIT_SECONDS = 10;

    private Edt() {
    }

    public static void later(Runnable r) {
        EventQueue.invokeLater(r);
    }

    /** Runs on the event thread and waits (at most {@value #WAIT_SECONDS} s), so the caller knows it is done. */
    public static <T> T call(Callable<T> c) {
        if (EventQueue.isDispatchThread()) {
            try {
                return c.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(c);
        EventQueue.invokeLater(task);
        try {
            return task.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the event thread", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the event thread did not answer within " + WAIT_SECONDS + " s", e);
        }
    }

    public static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }
}
