package com.salesworkbench.provisioning;

import java.time.Duration;
import java.util.List;

/**
 * What a client switch (or the start-up provisioning, where {@code from} is null) changed.
 *
 * @param removed  symbolic names (or plug-in files) that were stopped and uninstalled
 * @param added    what was installed and started
 * @param updated  plug-ins whose jar had changed
 * @param problems one clear sentence per bundle that could not be installed, resolved or started
 * @param saved    open work that was saved first
 */
public record SwitchReport(String from, String to, List<String> removed, List<String> added, List<String> updated,
                           List<String> problems, List<String> saved, Duration elapsed) {
    public SwitchReport {
        removed = List.copyOf(removed);
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        problems = List.copyOf(problems);
        saved = List.copyOf(saved);
    }
}
