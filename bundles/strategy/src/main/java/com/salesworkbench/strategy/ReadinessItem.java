package com.salesworkbench.strategy;

/** One area of the readiness checklist: ready or not, and a note. */
public record ReadinessItem(ReadinessArea area, boolean ready, String note) {
    public ReadinessItem {
        note = note == null ? "" : note;
    }
}
