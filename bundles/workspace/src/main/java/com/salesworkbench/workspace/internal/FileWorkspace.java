package com.salesworkbench.workspace.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentNotFoundException;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Workspace;
import com.salesworkbench.workspace.WorkspaceException;
import com.salesworkbench.workspace.WorkspaceLockedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The workspace as a folder: {@code clients/<id>/} per client, {@code workspace.json} and {@code .lock}. */
public final class FileWorkspace implements Workspace {

    /** Workspace-wide state. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record State(String activeClient) {
    }

    static final DocumentType<State> STATE = DocumentType.of("workspace", State.class);

    private final Path root;
    private final WorkspaceLock lock;
    private final DocumentFiles files;

    private FileWorkspace(Path root, WorkspaceLock lock) {
        this.root = root;
        this.lock = lock;
        this.files = new DocumentFiles(root, this::requireWritable);
    }

    public static FileWorkspace open(Path root) {
        Path abs = root.toAbsolutePath().normalize();
        try {
            Files.createDirectories(abs.resolve("clients"));
            return new FileWorkspace(abs, WorkspaceLock.tryAcquire(abs.resolve(".lock")).orElse(null));
        } catch (IOException e) {
            throw new WorkspaceException(abs, "cannot open the workspace: " + e.getMessage(), e);
        }
    }

    void requireWritable(Path file) {
        if (lock == null) {
            throw new WorkspaceLockedException(file, "the workspace " + root + " is in use by "
                    + WorkspaceLock.describeHolder(root.resolve(".lock")) + "; this process opened it read-only");
        }
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public boolean readOnly() {
        return lock == null;
    }

    @Override
    public Optional<String> lockHolder() {
        return readOnly() ? Optional.of(WorkspaceLock.describeHolder(root.resolve(".lock"))) : Optional.empty();
    }

    @Override
    public List<ClientId> clients() {
        List<ClientId> ids = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("clients"))) {
            s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().forEach(name -> {
                try {
                    ids.add(ClientId.of(name));
                } catch (IllegalArgumentException e) {
                    // a folder that is not a client (e.g. created by hand) is ignored
                }
            });
        } catch (IOException e) {
            throw new WorkspaceException(root.resolve("clients"), "cannot list clients: " + e.getMessage(), e);
        }
        return ids;
    }

    @Override
    public boolean exists(ClientId id) {
        return Files.isDirectory(clientFolder(id));
    }

    @Override
    public ClientWorkspace client(ClientId id) {
        if (!exists(id)) {
            throw new DocumentNotFoundException(clientFolder(id), "no client '" + id + "' in this workspace");
        }
        return new FileClientWorkspace(id, clientFolder(id), this::requireWritable);
    }

    @Override
    public ClientWorkspace create(ClientId id) {
        Path folder = clientFolder(id);
        requireWritable(folder);
        if (exists(id)) {
            throw new WorkspaceException(folder, "client '" + id + "' already exists");
        }
        try {
            Files.createDirectories(folder.resolve("bundles"));
        } catch (IOException e) {
            throw new WorkspaceException(folder, "cannot create the client folder: " + e.getMessage(), e);
        }
        return new FileClientWorkspace(id, folder, this::requireWritable);
    }

    @Override
    public Optional<ClientId> lastActiveClient() {
        return files.find(root.resolve("workspace.json"), STATE)
                .map(State::activeClient)
                .filter(s -> s != null && !s.isBlank())
                .map(ClientId::of);
    }

    @Override
    public void rememberActiveClient(ClientId id) {
        if (!readOnly()) {
            files.save(root.resolve("workspace.json"), STATE, new State(id.value()));
        }
    }

    private Path clientFolder(ClientId id) {
        return root.resolve("clients").resolve(id.value());
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
