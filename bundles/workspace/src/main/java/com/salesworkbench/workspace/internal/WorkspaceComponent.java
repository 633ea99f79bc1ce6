package com.salesworkbench.workspace.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Registers the workspace named by the framework property {@value #WORKSPACE_PROPERTY} (default
 * {@code ~/SalesWorkbench}) as a service, holding its lock while the bundle is active.
 */
@Component(service = Workspace.class)
public class WorkspaceComponent implements Workspace {

    public static final String WORKSPACE_PROPERTY = "workbench.workspace";

    private FileWorkspace workspace;

    @Activate
    void activate(BundleContext context) {
        String dir = context.getProperty(WORKSPACE_PROPERTY);
        Path root = dir != null ? Path.of(dir) : Path.of(System.getProperty("user.home"), "SalesWorkbench");
        workspace = FileWorkspace.open(root);
    }

    @Deactivate
    void deactivate() {
        workspace.close();
    }

    @Override
    public Path root() {
        return workspace.root();
    }

    @Override
    public boolean readOnly() {
        return workspace.readOnly();
    }

    @Override
    public Optional<String> lockHolder() {
        return workspace.lockHolder();
    }

    @Override
    public List<ClientId> clients() {
        return workspace.clients();
    }

    @Override
    public boolean exists(ClientId id) {
        return workspace.exists(id);
    }

    @Override
    public ClientWorkspace client(ClientId id) {
        return workspace.client(id);
    }

    @Override
    public ClientWorkspace create(ClientId id) {
        return workspace.create(id);
    }

    @Override
    public Optional<ClientId> lastActiveClient() {
        return workspace.lastActiveClient();
    }

    @Override
    public void rememberActiveClient(ClientId id) {
        workspace.rememberActiveClient(id);
    }

    @Override
    public void close() {
        // the component's lifecycle owns the lock; consumers must not close the shared service
    }
}
