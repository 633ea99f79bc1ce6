package com.salesworkbench.api.work;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: unsaved work (an open editor, a running import) that must be saved before the
 * workbench switches client or shuts down. Register one per piece of open work; unregister once saved
 * or closed.
 */
@ConsumerType
public interface OpenWork {

    /** What is open, for messages, e.g. "Plan Q3 (edited)". */
    String describe();

    /**
     * Saves the work. Throwing stops the client switch, so nothing is lost; the message is shown to the user.
     */
    void save() throws Exception;
}
