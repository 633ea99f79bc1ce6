package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.work.OpenWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Quitting the program asks open work to save, as a client switch does: every piece in turn; the first one
 * that cannot be saved stops the quit (the window stays open and says which and why), so nothing is lost.
 */
public final class OpenWorkSaver {

    /** The work that could not be saved and why. */
    public record Failure(String what, Exception error) {
    }

    /** What a quit attempt did: the work saved, and the failure that stopped it, if any. */
    public record Outcome(List<String> saved, Optional<Failure> failure) {
        public boolean mayQuit() {
            return failure.isEmpty();
        }
    }

    private OpenWorkSaver() {
    }

    /** Saves every piece of open work, stopping at the first that fails. Call it off the event thread. */
    public static Outcome saveAll(List<OpenWork> work) {
        List<String> saved = new ArrayList<>();
        for (OpenWork w : List.copyOf(work)) {
            String what = describe(w);
            try {
                w.save();
                saved.add(what);
            } catch (Exception e) {
                return new Outcome(saved, Optional.of(new Failure(what, e)));
            }
        }
        return new Outcome(saved, Optional.empty());
    }

    private static String describe(OpenWork w) {
        try {
            return w.describe();
        } catch (RuntimeException e) {
            return w.getClass().getName();
        }
    }
}
