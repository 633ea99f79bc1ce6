package com.salesworkbench.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A finished deliverable.
 *
 * @param content  the file's bytes
 * @param included the titles of the sections that made it into the document, in order
 * @param failed   section title -> why it was replaced by a note (a section that threw)
 * @param took     the time it took to collect and render
 */
public record BuiltReport(byte[] content, List<String> included, Map<String, String> failed, Duration took) {
    public BuiltReport {
        included = List.copyOf(included);
        failed = Map.copyOf(failed);
    }
}
