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
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The context of one open part: fixed language and client (parts are reopened when they change), its own undo. */
public final class PartContext implements ViewContext, FileImports {

    private final Locale locale;
    private final Formats formats;
    private final ClientId client;
    private final WindowHost host;
    private final WatchedUndo undo;

    PartContext(Locale locale, Locale clientLocale, ClientId client, WindowHost host) {
        this(locale, clientLocale, client, host, () -> { });
    }

    /** @param undoChanged told (on the thread of the edit, the event thread) when the part's undo history changed */
    PartContext(Locale locale, Locale clientLocale, ClientId client, WindowHost host, Runnable undoChanged) {
        this.undo = new WatchedUndo(undoChanged);
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
    public WatchedUndo undo() {
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
