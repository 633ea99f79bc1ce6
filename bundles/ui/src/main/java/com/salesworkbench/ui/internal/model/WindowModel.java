package com.salesworkbench.ui.internal.model;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.ui.ViewPart;
import com.salesworkbench.api.ui.WorkbenchCommand;
import com.salesworkbench.api.ui.WorkbenchView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the window shows, apart from Swing: the registered views and commands, the perspectives, the open
 * parts, the active perspective and part, the language, client and theme. Confined to one thread (the
 * event thread in the window; the test's thread in unit tests), so no locking.
 *
 * <p>Parts open lazily: a view's part is built the first time its tab is shown. A change of client, language or
 * theme disposes every open part; the visible one is rebuilt at once, the others when they are shown again.
 */
public final class WindowModel {

    /** What changed, so the frame rebuilds only what it must. */
    public enum Change { VIEWS, COMMANDS, PERSPECTIVE, PARTS, CONTEXT, UNDO }

    public interface Listener {
        void changed(Change change);
    }

    private final WindowHost host;
    private final Map<String, ViewEntry> views = new LinkedHashMap<>();
    private final List<CommandEntry> commands = new ArrayList<>();
    private final Map<String, Part> parts = new LinkedHashMap<>();
    private final Map<String, String> selected = new HashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private String perspective = Perspectives.PLAN;
    private Locale language;
    private Locale clientLocale;
    private ClientId client;
    private Theme theme = Theme.LIGHT;

    public WindowModel(WindowHost host, Locale language) {
        this.host = Objects.requireNonNull(host);
        this.language = language;
        this.clientLocale = language;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    public int listenerCount() {
        return listeners.size();
    }

    private void fire(Change c) {
        for (Listener l : listeners) {
            l.changed(c);
        }
    }

    // ---- views and commands (the whiteboard) ----

    public void addView(ViewEntry entry) {
        ViewEntry old = views.put(entry.id(), entry);
        if (old != null) {
            closePart(old.id());
        }
        fire(Change.VIEWS);
    }

    /** Removes the view if {@code view} is still the one registered under its id (a replacement may have come first). */
    public void removeView(WorkbenchView view) {
        String id = null;
        for (ViewEntry e : views.values()) {
            if (e.view() == view) {
                id = e.id();
            }
        }
        if (id == null) {
            return;
        }
        views.remove(id);
        closePart(id);
        fire(Change.VIEWS);
    }

    public void addCommand(CommandEntry entry) {
        commands.removeIf(c -> c.command() == entry.command());
        commands.add(entry);
        fire(Change.COMMANDS);
    }

    public void removeCommand(WorkbenchCommand command) {
        if (commands.removeIf(c -> c.command() == command)) {
            fire(Change.COMMANDS);
        }
    }

    public List<CommandEntry> commands() {
        return List.copyOf(commands);
    }

    /** Commands of one menu, in registration order. */
    public List<CommandEntry> commands(String menu) {
        return commands.stream().filter(c -> c.menu().equals(menu)).toList();
    }

    public Optional<ViewEntry> view(String id) {
        return Optional.ofNullable(views.get(id));
    }

    /** The known perspectives, then every other perspective a registered view names, alphabetically. */
    public List<String> perspectives() {
        List<String> out = new ArrayList<>(Perspectives.KNOWN);
        views.values().stream().map(ViewEntry::perspective).filter(p -> !out.contains(p)).distinct().sorted()
                .forEach(out::add);
        return out;
    }

    /** The perspective's views by order, then title. */
    public List<ViewEntry> views(String perspective) {
        return views.values().stream().filter(v -> v.perspective().equals(perspective))
                .sorted(Comparator.comparingInt(ViewEntry::order).thenComparing(v -> title(v)))
                .toList();
    }

    /** Whether any view of the perspective is registered; if not, the window says its module is not installed. */
    public boolean installed(String perspective) {
        return views.values().stream().anyMatch(v -> v.perspective().equals(perspective));
    }

    /** A view's title in the window's language; its id when the view cannot say. */
    public String title(ViewEntry v) {
        try {
            String t = v.view().title(language);
            return t == null || t.isBlank() ? v.id() : t;
        } catch (RuntimeException e) {
            return v.id();
        }
    }

    // ---- perspectives and selection ----

    public String activePerspective() {
        return perspective;
    }

    public void showPerspective(String id) {
        if (!id.equals(perspective)) {
            perspective = id;
            fire(Change.PERSPECTIVE);
        }
    }

    /** The selected view of a perspective: the remembered one while it exists, else its first view. */
    public Optional<ViewEntry> selectedView(String perspective) {
        List<ViewEntry> vs = views(perspective);
        String id = selected.get(perspective);
        return vs.stream().filter(v -> v.id().equals(id)).findFirst().or(() -> vs.stream().findFirst());
    }

    /** Selects a view (switching to its perspective) and opens its part when not open yet. */
    public Part select(String viewId) {
        ViewEntry v = views.get(viewId);
        if (v == null) {
            throw new IllegalArgumentException("no view " + viewId);
        }
        selected.put(v.perspective(), viewId);
        showPerspective(v.perspective());
        return open(viewId);
    }

    /** The active part: the open part of the active perspective's selected view. */
    public Optional<Part> activePart() {
        return selectedView(perspective).map(v -> parts.get(v.id()));
    }

    // ---- parts ----

    /** The view's part, opening it when needed; a view whose {@code open} throws gets a failed part. */
    public Part open(String viewId) {
        Part p = parts.get(viewId);
        if (p != null) {
            return p;
        }
        ViewEntry v = views.get(viewId);
        if (v == null) {
            throw new IllegalArgumentException("no view " + viewId);
        }
        PartContext context = new PartContext(language, clientLocale, client, host, () -> fire(Change.UNDO));
        ViewPart part = null;
        Throwable failure = null;
        try {
            part = v.view().open(context);
            if (part == null || part.component() == null) {
                throw new IllegalStateException("the view returned no component");
            }
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failure = e;
            part = null;
        }
        p = new Part(v, context, part, failure);
        parts.put(viewId, p);
        fire(Change.PARTS);
        return p;
    }

    public Optional<Part> part(String viewId) {
        return Optional.ofNullable(parts.get(viewId));
    }

    public Map<String, Part> openParts() {
        return Map.copyOf(parts);
    }

    private void closePart(String viewId) {
        Part p = parts.remove(viewId);
        if (p != null) {
            p.dispose(host);
            fire(Change.PARTS);
        }
    }

    /** Disposes every open part, then reopens the visible one (the others reopen when shown). */
    private void reopen() {
        List<Part> open = new ArrayList<>(parts.values());
        parts.clear();
        for (Part p : open) {
            p.dispose(host);
        }
        fire(Change.CONTEXT);
        selectedView(perspective).ifPresent(v -> open(v.id()));
    }

    /** Closes every part (window closing or bundle stopping). */
    public void disposeAll() {
        List<Part> open = new ArrayList<>(parts.values());
        parts.clear();
        for (Part p : open) {
            p.dispose(host);
        }
    }

    // ---- language, client, theme ----

    public Locale language() {
        return language;
    }

    public Optional<ClientId> client() {
        return Optional.ofNullable(client);
    }

    public Locale clientLocale() {
        return clientLocale;
    }

    public Theme theme() {
        return theme;
    }

    public void setLanguage(Locale language) {
        if (!language.equals(this.language)) {
            this.language = language;
            reopen();
        }
    }

    /** The active client changed (or its bundle set did): every part is rebuilt for it. */
    public void setClient(ClientId client, Locale clientLocale) {
        this.client = client;
        this.clientLocale = clientLocale;
        reopen();
    }

    public void setTheme(Theme theme) {
        if (theme != this.theme) {
            this.theme = theme;
            reopen();
        }
    }

    // ---- routing to the active part ----

    /** The context a command runs with: the active part's, or a window-wide one when no part is open. */
    public com.salesworkbench.api.ui.ViewContext commandContext() {
        return activePart().map(Part::context)
                .orElseGet(() -> new PartContext(language, clientLocale, client, host));
    }

    public boolean canUndo() {
        return activePart().map(p -> p.context().undo().canUndo()).orElse(false);
    }

    public boolean canRedo() {
        return activePart().map(p -> p.context().undo().canRedo()).orElse(false);
    }

    /** What Undo would revert in the active part (the edit's name), or empty. */
    public String undoName() {
        return activePart().map(p -> p.context().undo().undoName()).orElse("");
    }

    /** What Redo would apply again in the active part, or empty. */
    public String redoName() {
        return activePart().map(p -> p.context().undo().redoName()).orElse("");
    }

    public void undo() {
        activePart().filter(p -> p.context().undo().canUndo()).ifPresent(p -> p.context().undo().undo());
    }

    public void redo() {
        activePart().filter(p -> p.context().undo().canRedo()).ifPresent(p -> p.context().undo().redo());
    }

    /**
     * Offers files to a view's open part (drag-and-drop, or the import command on the active part).
     *
     * @return false when the part is not open, failed, or does not take these files
     */
    public boolean importFiles(String viewId, List<Path> files) {
        Part p = parts.get(viewId);
        if (p == null || p.part().isEmpty()) {
            return false;
        }
        ViewPart vp = p.part().get();
        try {
            if (!vp.acceptsFiles(files)) {
                return false;
            }
            vp.importFiles(files);
        } catch (RuntimeException e) {
            host.showError(p.where(), e);
        }
        return true;
    }

    // ---- layout ----

    /** The layout to keep for the client (the frame adds bounds and the divider). */
    public Layout layout() {
        Map<String, String> sel = new HashMap<>();
        for (String p : perspectives()) {
            selectedView(p).ifPresent(v -> sel.put(p, v.id()));
        }
        // views not registered right now keep their remembered selection
        selected.forEach(sel::putIfAbsent);
        return new Layout(perspective, sel, 0, 0, 0, 0, false, 0, theme.name());
    }

    /**
     * Applies a stored layout's perspective and selections without an event: it is followed by
     * {@link #setClient}, which rebuilds everything once (the theme goes through {@link #setTheme}).
     */
    public void restore(Layout layout) {
        selected.clear();
        selected.putAll(layout.selectedViews());
        perspective = layout.perspective();
    }
}
