package com.salesworkbench.provisioning;

import java.nio.file.Path;

/**
 * One jar in a plug-in folder.
 *
 * @param symbolicName empty when the jar is not a bundle
 * @param problem      why it is refused or not running; empty when it runs
 */
public record PluginStatus(Path jar, String symbolicName, String version, State state, String signer, String problem) {

    public enum State {
        /** Installed and started. */
        ACTIVE,
        /** Installed, but it did not resolve or its activation failed. */
        FAILED,
        /** Not installed: not a bundle, unsigned or untrusted. */
        REFUSED
    }
}
