package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.io.ImportKind;
import com.salesworkbench.ui.FileImports;
import com.salesworkbench.workspace.ClientWorkspace;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.Locale;
import java.util.Optional;
import javax.swing.undo.UndoManager;

/** The context of one open part: fixed language and client (parts are reopened when they change), its own undo. */
final class PartContext implements ViewContext, FileImports {

    private final Locale locale;
    private final Formats formats;
    private final ClientId client;
    private final WindowHost host;
    private final UndoManager undo = new UndoManager();

    PartContext(Locale locale, Locale clientLocale, ClientId client, WindowHost host) {
        this.locale = locale;
        this.formats = new Formats(clientLocale);
        this.client = client;
        this.host = host;
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public Formats formats() {
        return formats;
    }

    @Override
    public Optional<ClientId> client() {
        return Optional.ofNullable(client);
    }

    @Override
    public UndoManager undo() {
        return undo;
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        host.run(task);
    }

    @Override
    public void showError(String where, Throwable error) {
        host.showError(where, error);
    }

    @Override
    public void status(String message) {
        host.status(message);
    }

    @Override
    public void importFiles(ClientWorkspace client, List<Path> files, ImportKind kind, Consumer<Imported> imported) {
        host.importFiles(this, client, files, kind, imported);
    }
}
