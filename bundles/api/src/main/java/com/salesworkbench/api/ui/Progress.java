package com.salesworkbench.api.ui;

import org.osgi.annotation.versioning.ProviderType;

/** Progress of a {@link BackgroundTask}, and whether the user cancelled it. */
@ProviderType
public interface Progress {

    /** Work done so far out of the total; a total of 0 or less shows an indeterminate bar. */
    void worked(long done, long total);

    boolean cancelled();
}
