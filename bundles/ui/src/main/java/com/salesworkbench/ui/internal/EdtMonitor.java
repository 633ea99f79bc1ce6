package com.salesworkbench.ui.internal;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.util.ArrayList;
import java.util.List;

/**
 * An event queue that times every event the event thread dispatches: the longest one (and what it was) and how
 * many took longer than a threshold. Pushed onto the system queue by the UI benchmark only. Events nearing the
 * threshold (over {@value #NEAR_PERCENT} % of it) are listed too: they show where the margin is thin. Once an event
 * runs that long, a sampler looks at the event thread's stack, so a listed event is reported with the code it was
 * busy in (a paint names the component, not only the RepaintManager).
 */
final class EdtMonitor extends EventQueue {

    static final int NEAR_PERCENT = 60;
    private final long thresholdNanos;
    private final long nearNanos;
    private long maxNanos;
    private String maxEvent = "";
    private int over;
    private int overCpu;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private long events;
    private final List<String> slow = new ArrayList<>();
    /** Start of the event being dispatched (0: none), and the event thread; read by the sampler. */
    private volatile long runningSince;
    private volatile Thread edt;
    private volatile String sampled;

    EdtMonitor(long thresholdMillis) {
        this.thresholdNanos = thresholdMillis * 1_000_000;
        this.nearNanos = thresholdNanos * NEAR_PERCENT / 100;
    }

    void install() {
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(this);
        Thread sampler = new Thread(this::sample, "workbench-edt-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    /**
     * Looks at the stack once an event passes the near mark and once more past the threshold, no more often: each
     * look stops every thread at a safepoint, which would lengthen the very events being measured.
     */
    private void sample() {
        long sampledEvent = 0;
        int looks = 0;
        while (true) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
            long since = runningSince;
            Thread t = edt;
            if (since != sampledEvent) {
                sampledEvent = since;
                looks = 0;
            }
            long ran = System.nanoTime() - since;
            if (since != 0 && t != null && (looks == 0 && ran > nearNanos || looks == 1 && ran > thresholdNanos)) {
                looks++;
                String where = where(t.getStackTrace());
                if (runningSince == since) {
                    sampled = where;
                }
            }
        }
    }

    /** The innermost frames of the workbench's, JFreeChart's or Swing's own code: what the event was doing. */
    private static String where(StackTraceElement[] stack) {
        List<String> frames = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String c = e.getClassName();
            if (c.startsWith("com.salesworkbench") || c.startsWith("org.jfree") || c.startsWith("javax.swing")
                    || c.startsWith("com.formdev") || c.startsWith("sun.font") || c.startsWith("java.lang.ClassLoader")) {
                frames.add(c.substring(c.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber());
                if (frames.size() == 6) {
                    break;
                }
            }
        }
        return String.join(" < ", frames);
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long t0 = System.nanoTime();
        long cpu0 = CPU.getCurrentThreadCpuTime();
        edt = Thread.currentThread();
        sampled = null;
        runningSince = t0;
        try {
            super.dispatchEvent(event);
        } finally {
            runningSince = 0;
            record(event, System.nanoTime() - t0, CPU.getCurrentThreadCpuTime() - cpu0);
        }
    }

    /**
     * @param cpuNanos the event thread's own CPU time in the event: far below the wall time when the thread waited
     *                 for a core (a loaded machine) rather than worked
     */
    private synchronized void record(AWTEvent event, long nanos, long cpuNanos) {
        events++;
        String s = null;
        if (nanos > thresholdNanos) {
            over++;
            if (cpuNanos > thresholdNanos) {
                overCpu++;
            }
        }
        if (nanos > nearNanos) {
            s = describe(event);
            String where = sampled;
            slow.add(String.format(java.util.Locale.ROOT, "%.1f ms (CPU %.1f ms) %s%s", nanos / 1e6, cpuNanos / 1e6,
                    s.length() > 90 ? s.substring(0, 90) : s, where == null ? "" : " in " + where));
        }
        if (nanos > maxNanos) {
            maxNanos = nanos;
            maxEvent = s != null ? s : describe(event);
        }
    }

    private static String describe(AWTEvent event) {
        String s = event.toString();
        return s.length() > 160 ? s.substring(0, 160) : s;
    }

    /** The figures since the last reset, then starts a new period. */
    synchronized Stats takeAndReset() {
        Stats s = new Stats(maxNanos / 1e6, maxEvent, over, events, List.copyOf(slow), overCpu);
        maxNanos = 0;
        maxEvent = "";
        over = 0;
        overCpu = 0;
        events = 0;
        slow.clear();
        return s;
    }

    /**
     * @param slow    every event nearing or over the threshold: its time, what it was and (sampled) where it was busy
     * @param overCpu events over the threshold in the event thread's own CPU time too (work, not waiting for a core)
     */
    record Stats(double maxMillis, String maxEvent, int overThreshold, long events, List<String> slow, int overCpu) {
    }
}
