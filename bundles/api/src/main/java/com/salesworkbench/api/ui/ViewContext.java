package com.salesworkbench.api.ui;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Formats;
import java.util.Locale;
import java.util.Optional;
import javax.swing.undo.UndoManager;
import org.osgi.annotation.versioning.ProviderType;

/** What the window gives a part: language, the client's formats, undo, background work, errors, status. */
@ProviderType
public interface ViewContext {

    /** The language of the window's texts; changes at run time recreate the parts. */
    Locale locale();

    /** Numbers, money and percentages in the active client's locale. */
    Formats formats();

    /** The client whose data the part shows; empty while no client is active. */
    Optional<ClientId> client();

    /**
     * The part's undo history: editors add their edits here; the window's Undo / Redo commands and shortcuts
     * act on the active part's manager.
     */
    UndoManager undo();

    /**
     * Runs long work off the event thread with a progress bar and a cancel button in the status bar; the
     * result or error comes back on the event thread.
     */
    <T> void run(BackgroundTask<T> task);

    /** An error dialog saying what went wrong and where ({@code where}: the file, cell or field). */
    void showError(String where, Throwable error);

    /** A short message in the status bar. */
    void status(String message);
}
