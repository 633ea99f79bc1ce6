package com.salesworkbench.api.report;

import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a section of the client deliverable, contributed by a module. The report bundle
 * orders sections by {@link #order()} and renders their blocks to PDF or office documents.
 */
@ConsumerType
public interface ReportSection {

    String id();

    /** Position in the report; lower comes first. */
    int order();

    String title(Locale locale);

    /** The section's content for the given client, in the given language. */
    List<ReportBlock> content(ReportRequest request);
}
