package com.salesworkbench.api.report;

import com.salesworkbench.api.client.ClientId;
import java.util.Locale;
import java.util.Objects;

/** Which client's deliverable is being built, and in which language. */
public record ReportRequest(ClientId client, Locale locale) {
    public ReportRequest {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(locale, "locale");
    }
}
