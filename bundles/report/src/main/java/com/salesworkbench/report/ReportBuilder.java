package com.salesworkbench.report;

import com.salesworkbench.api.report.ReportRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Builds a client's deliverable from every registered report section, styled by the active report style. */
@ProviderType
public interface ReportBuilder {

    /**
     * @throws com.salesworkbench.api.i18n.LocalizedException when the client does not exist or the format
     *                                                      cannot be rendered here (a section that throws does
     *                                                      not fail the build: it becomes a note)
     */
    BuiltReport build(ReportRequest request, ReportFormat format);
}
