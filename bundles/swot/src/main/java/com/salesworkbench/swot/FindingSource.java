package com.salesworkbench.swot;

import com.salesworkbench.workspace.ClientWorkspace;
import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a module offers its findings as SWOT evidence (a product whose cost grows faster than its
 * revenue, rising receivables, a falling product family trend). A finding's link must resolve through the
 * {@link com.salesworkbench.strategy.LinkResolver} of its kind for as long as the object exists.
 */
@ConsumerType
public interface FindingSource {

    /** Findings in the client's current data, in the given language. */
    List<Finding> findings(ClientWorkspace client, java.util.Locale locale);
}
