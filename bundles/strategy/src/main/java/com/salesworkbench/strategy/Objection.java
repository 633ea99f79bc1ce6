package com.salesworkbench.strategy;

import java.time.LocalDate;

/** An objection or amendment raised in discussion: who raised it, what, and how it was resolved (empty: open). */
public record Objection(int id, String author, LocalDate raised, String text, String resolution) {

    public Objection {
        resolution = resolution == null ? "" : resolution;
    }

    public boolean open() {
        return resolution.isBlank();
    }
}
