package com.salesworkbench.ui.internal;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;

/**
 * An event queue that times every event the event thread dispatches: the longest one (and what it was) and how
 * many took longer than a threshold. Pushed onto the system queue by the UI benchmark only.
 */
final class EdtMonitor extends EventQueue {

    private final long thresholdNanos;
    private long maxNanos;
    private String maxEvent = "";
    private int over;
    private long events;

    EdtMonitor(long thresholdMillis) {
        this.thresholdNanos = thresholdMillis * 1_000_000;
    }

    void install() {
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(this);
    }

    @Override
    protected void dispatchEvent(AWTEvent event) {
        long t0 = System.nanoTime();
        try {
            super.dispatchEvent(event);
        } finally {
            record(event, System.nanoTime() - t0);
        }
    }

    private synchronized void record(AWTEvent event, long nanos) {
        events++;
        if (nanos > thresholdNanos) {
            over++;
        }
        if (nanos > maxNanos) {
            maxNanos = nanos;
            String s = event.toString();
            maxEvent = s.length() > 160 ? s.substring(0, 160) : s;
        }
    }

    /** The figures since the last reset, then starts a new period. */
    synchronized Stats takeAndReset() {
        Stats s = new Stats(maxNanos / 1e6, maxEvent, over, events);
        maxNanos = 0;
        maxEvent = "";
        over = 0;
        events = 0;
        return s;
    }

    record Stats(double maxMillis, String maxEvent, int overThreshold, long events) {
    }
}
