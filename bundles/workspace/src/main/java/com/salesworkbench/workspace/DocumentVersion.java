package com.salesworkbench.workspace;

import java.time.Instant;

/** One saved version of a workspace item. */
public record DocumentVersion(int version, Instant savedAt, long sizeBytes) {
}
