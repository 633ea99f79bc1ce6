package com.salesworkbench.workspace;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The folder that holds every client of one consultant or team. Registered as a service by the workspace
 * bundle; a second process that finds the workspace locked gets it read-only.
 */
@ProviderType
public interface Workspace extends AutoCloseable {

    /** Opens (and locks for writing, when free) the workspace at {@code root}, creating it if absent. */
    static Workspace open(Path root) {
        return FileWorkspace.open(root);
    }

    Path root();

    /** True when another process holds the lock; every save then fails with {@link WorkspaceLockedException}. */
    boolean readOnly();

    /** Who holds the lock when {@link #readOnly()}, e.g. "pid 4242 on host ws-7 since 2026-11-21T08:00Z". */
    Optional<String> lockHolder();

    List<ClientId> clients();

    boolean exists(ClientId id);

    /** The client's folder; fails with {@link DocumentNotFoundException} when the client does not exist. */
    ClientWorkspace client(ClientId id);

    /** Creates an empty client folder; fails when it exists. */
    ClientWorkspace create(ClientId id);

    /** The client that was active when the program last ran, if any. */
    Optional<ClientId> lastActiveClient();

    void rememberActiveClient(ClientId id);

    /** Releases the lock. */
    @Override
    void close();
}
