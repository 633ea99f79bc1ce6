package com.salesworkbench.swot;

import java.time.LocalDate;
import java.util.List;

/** One SWOT session: when, who took part (e.g. the heads of marketing and sales), and the items it ended with. */
public record Iteration(int number, LocalDate date, List<String> participants, List<SwotItem> items, String note) {

    public Iteration {
        participants = participants == null ? List.of() : List.copyOf(participants);
        items = items == null ? List.of() : List.copyOf(items);
        note = note == null ? "" : note;
    }
}
