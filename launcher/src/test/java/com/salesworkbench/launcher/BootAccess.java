package com.salesworkbench.launcher;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Lets the integration tests boot exactly what the launcher boots. */
public final class BootAccess {

    private BootAccess() {
    }

    public static List<Path> coreBundles(Path home) throws IOException {
        return Boot.featureBundles(home, Boot.CORE);
    }
}
