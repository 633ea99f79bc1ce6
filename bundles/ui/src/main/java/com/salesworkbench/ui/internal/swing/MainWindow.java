package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.ui.BackgroundTask;
import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.WorkbenchCommand;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.ui.internal.UiTexts;
import com.salesworkbench.ui.internal.model.CommandEntry;
import com.salesworkbench.ui.internal.model.Layout;
import com.salesworkbench.ui.internal.model.Part;
import com.salesworkbench.ui.internal.model.Theme;
import com.salesworkbench.ui.internal.model.ViewEntry;
import com.salesworkbench.ui.internal.imports.ImportFlow;
import com.salesworkbench.ui.internal.imports.ImportPanel;
import com.salesworkbench.ui.internal.model.WindowHost;
import com.salesworkbench.ui.internal.model.WindowModel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.Rectangle;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.KeyStroke;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.TransferHandler;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;

/**
 * The Swing frame around a {@link WindowModel}: a perspective bar and the active perspective's views as tabs in
 * a split pane, menus and a tool bar built from the model's commands, a client switcher and a status bar.
 * Event thread only. The frame only mirrors the model; all decisions (which parts exist, which is active) are the
 * model's, so they are unit-tested without a display.
 */
public final class MainWindow implements WindowHost, WindowModel.Listener {

    /** Action key marking the tool bar button's copy of a command's action. */
    private static final String BUTTON = "workbench.toolbarButton";
    private static final List<String> STANDARD_MENUS = List.of("file", "edit", "view", "tools", "help");

    private final WindowModel model;
    private final WindowActions actions;
    private final JFrame frame = new JFrame();
    private final JList<String> perspectiveList = new JList<>();
    /** The language the perspective list was filled in. */
    private Locale listedLanguage;
    private final JTabbedPane tabs = new JTabbedPane();
    private final JPanel content = new JPanel(new BorderLayout());
    private final JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT);
    private final JToolBar toolBar = new JToolBar();
    private final JComboBox<WindowActions.ClientChoice> clientBox = new JComboBox<>();
    private final StatusBar statusBar = new StatusBar();
    private final Tasks tasks;
    private final List<CommandEntry> ownCommands = new ArrayList<>();
    private final Map<String, PartHolder> holders = new LinkedHashMap<>();
    private Consumer<String> paintListener = k -> { };
    private final List<Runnable> firstPaint = new ArrayList<>();
    private boolean rebuilding;
    private Texts texts;
    private boolean menusPending;
    private List<String> menuPerspectives = List.of();
    private List<WindowActions.ClientChoice> clients = List.of();
    /** The window's own Undo / Redo actions (menu item and tool bar button each), enabled as the active part allows. */
    private final List<AbstractAction> undoActions = new ArrayList<>();
    private final List<AbstractAction> redoActions = new ArrayList<>();

    public MainWindow(WindowModel model, WindowActions actions) {
        this.model = model;
        this.actions = actions;
        this.texts = UiTexts.of(model.language());
        this.tasks = new Tasks(statusBar, this::showError, title -> statusBar.message(texts.get("status.cancelled", title)));
        afterFirstPaint(tasks::yieldToPaints);
        frame.setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                actions.quit();
            }
        });
        perspectiveList.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        perspectiveList.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                String id = (String) value;
                String title = UiTexts.perspective(texts, id);
                Component c = super.getListCellRendererComponent(list, title, index, sel, focus);
                c.setEnabled(model.installed(id));
                return c;
            }
        });
        perspectiveList.addListSelectionListener(e -> {
            if (!rebuilding && !e.getValueIsAdjusting() && perspectiveList.getSelectedValue() != null) {
                model.showPerspective(perspectiveList.getSelectedValue());
            }
        });
        tabs.addChangeListener(e -> {
            if (!rebuilding && tabs.getSelectedComponent() instanceof PartHolder h) {
                model.select(h.key);
                fill(h);
                updateUndo();
            }
        });
        split.setLeftComponent(new JScrollPane(perspectiveList));
        split.setRightComponent(content);
        split.setDividerLocation(180);
        toolBar.setFloatable(false);
        clientBox.setToolTipText(texts.get("cmd.switchClient"));
        clientBox.addActionListener(e -> {
            if (!rebuilding && clientBox.getSelectedItem() instanceof WindowActions.ClientChoice c
                    && !model.client().map(c.id()::equals).orElse(false)) {
                actions.switchClient(c.id());
            }
        });
        frame.getContentPane().add(toolBar, BorderLayout.NORTH);
        frame.getContentPane().add(split, BorderLayout.CENTER);
        frame.getContentPane().add(statusBar, BorderLayout.SOUTH);
        for (CommandEntry c : WindowCommands.create(this)) {
            ownCommands.add(c);
            model.addCommand(c);
        }
        model.addListener(this);
        rebuildAll();
    }

    public JFrame frame() {
        return frame;
    }

    public WindowModel model() {
        return model;
    }

    /** Called with the key of a holder (a view id, or the perspective id for the "not installed" panel) after it painted. */
    public void onPaint(Consumer<String> listener) {
        this.paintListener = listener == null ? k -> { } : listener;
    }

    /** Shows the window with a client's stored layout. */
    public void open(Layout layout) {
        apply(layout);
        frame.setVisible(true);
    }

    /** Applies a stored layout's bounds and divider (the model already has its perspective and selections). */
    public void apply(Layout layout) {
        if (layout.width() > 200 && layout.height() > 150) {
            frame.setBounds(new Rectangle(layout.x(), layout.y(), layout.width(), layout.height()));
        } else {
            frame.setSize(new Dimension(1280, 800));
            frame.setLocationRelativeTo(null);
        }
        if (layout.maximized()) {
            frame.setExtendedState(frame.getExtendedState() | Frame.MAXIMIZED_BOTH);
        }
        if (layout.divider() > 0) {
            split.setDividerLocation(layout.divider());
        }
    }

    /** The model's layout with this frame's bounds and divider. */
    public Layout layout() {
        boolean max = (frame.getExtendedState() & Frame.MAXIMIZED_BOTH) != 0;
        Rectangle b = frame.getBounds();
        return model.layout().withBounds(b.x, b.y, b.width, b.height, max).withDivider(split.getDividerLocation());
    }

    public void close() {
        model.removeListener(this);
        for (CommandEntry c : ownCommands) {
            model.removeCommand(c.command());
        }
        releaseHolders();
        tasks.shutdown();
        frame.dispose();
    }

    // ---- model events ----

    @Override
    public void changed(WindowModel.Change change) {
        switch (change) {
            case UNDO -> updateUndo();
            case COMMANDS -> scheduleMenus();
            case VIEWS -> {
                rebuildPerspective();
                if (!model.perspectives().equals(menuPerspectives)) {
                    scheduleMenus();
                }
            }
            case PERSPECTIVE -> {
                rebuildPerspective();
                updateUndo();
            }
            case PARTS -> {
                refillHolders();
                updateUndo();
            }
            case CONTEXT -> {
                // the views first (what the user waits for), the menus in an event of their own
                texts = UiTexts.of(model.language());
                Locale.setDefault(model.language());
                statusBar.texts(texts);
                rebuildPerspective();
                scheduleMenus();
                updateUndo();
            }
        }
    }

    /**
     * Undo / Redo do something only when the active part's history allows it: greyed out otherwise, and the menu
     * item names the edit (the tool bar button keeps its short label and names it in its tip).
     */
    private void updateUndo() {
        update(undoActions, model.canUndo(), model.undoName(), "cmd.undo");
        update(redoActions, model.canRedo(), model.redoName(), "cmd.redo");
    }

    private void update(List<AbstractAction> actions, boolean enabled, String name, String key) {
        String plain = texts.get(key);
        String named = name.isBlank() ? plain : texts.get(key + ".named", name);
        for (AbstractAction a : actions) {
            a.setEnabled(enabled);
            a.putValue(AbstractAction.NAME, a.getValue(BUTTON) == null ? named : plain);
            a.putValue(AbstractAction.SHORT_DESCRIPTION, named);
        }
    }

    /** For tests: the Undo and Redo actions of the menu and tool bar, as the user sees them. */
    List<AbstractAction> undoRedoActions() {
        List<AbstractAction> all = new ArrayList<>(undoActions);
        all.addAll(redoActions);
        return all;
    }

    /** Menus, tool bar and switcher are rebuilt once for a burst of changes (a switch brings many commands). */
    private void scheduleMenus() {
        if (!menusPending) {
            menusPending = true;
            SwingUtilities.invokeLater(() -> {
                menusPending = false;
                rebuildClients();
                rebuildCommands();
            });
        }
    }

    private void rebuildAll() {
        texts = UiTexts.of(model.language());
        statusBar.texts(texts);
        Locale.setDefault(model.language());
        frame.setTitle(texts.get("app.title", clientName()));
        rebuildClients();
        rebuildCommands();
        rebuildPerspective();
    }

    /** The clients for the switcher, read off the event thread by the caller. */
    public void setClients(List<WindowActions.ClientChoice> list) {
        clients = List.copyOf(list);
        scheduleMenus();
    }

    private String clientName() {
        Optional<ClientId> id = model.client();
        if (id.isEmpty()) {
            return texts.get("client.none");
        }
        for (int i = 0; i < clientBox.getItemCount(); i++) {
            if (clientBox.getItemAt(i).id().equals(id.get())) {
                return clientBox.getItemAt(i).name();
            }
        }
        return id.get().value();
    }

    private void rebuildClients() {
        rebuilding = true;
        try {
            clientBox.removeAllItems();
            for (WindowActions.ClientChoice c : clients) {
                clientBox.addItem(c);
                if (model.client().map(c.id()::equals).orElse(false)) {
                    clientBox.setSelectedItem(c);
                }
            }
            frame.setTitle(texts.get("app.title", clientName()));
        } finally {
            rebuilding = false;
        }
    }

    private void rebuildCommands() {
        JMenuBar bar = new JMenuBar();
        Map<String, JMenu> menus = new LinkedHashMap<>();
        for (String m : STANDARD_MENUS) {
            menus.put(m, new JMenu(texts.get("menu." + m)));
        }
        JMenu view = menus.get("view");
        List<String> perspectives = model.perspectives();
        menuPerspectives = perspectives;
        for (int i = 0; i < perspectives.size(); i++) {
            String p = perspectives.get(i);
            JMenuItem item = new JMenuItem(UiTexts.perspective(texts, p));
            if (i < 9) {
                item.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_1 + i, InputEvent.CTRL_DOWN_MASK));
            }
            item.addActionListener(e -> model.showPerspective(p));
            view.add(item);
        }
        view.addSeparator();
        toolBar.removeAll();
        undoActions.clear();
        redoActions.clear();
        for (CommandEntry c : model.commands()) {
            JMenu menu = menus.computeIfAbsent(c.menu(), m -> new JMenu(UiTexts.perspective(texts, m)));
            AbstractAction action = action(c);
            menu.add(new JMenuItem(action));
            List<AbstractAction> history = !ownCommands.contains(c) ? null
                    : c.id().equals("undo") ? undoActions : c.id().equals("redo") ? redoActions : null;
            if (history != null) {
                history.add(action);
                if (c.toolbar()) {
                    action = action(c); // the button's own action, so its label stays short
                    action.putValue(BUTTON, Boolean.TRUE);
                    history.add(action);
                }
            }
            if (c.toolbar()) {
                JButton b = toolBar.add(action);
                b.setHideActionText(false);
                b.setText(c.command().label(model.language()));
                b.setName(c.id());
            }
        }
        toolBar.add(javax.swing.Box.createHorizontalGlue());
        Dimension size = clientBox.getPreferredSize();
        clientBox.setMaximumSize(new Dimension(Math.max(size.width, 240), size.height));
        toolBar.add(clientBox);
        for (JMenu m : menus.values()) {
            if (m.getMenuComponentCount() > 0) {
                bar.add(m);
            }
        }
        frame.setJMenuBar(bar);
        frame.revalidate();
        updateUndo();
    }

    private AbstractAction action(CommandEntry c) {
        WorkbenchCommand cmd = c.command();
        String label;
        try {
            label = cmd.label(model.language());
        } catch (RuntimeException e) {
            label = cmd.id();
        }
        AbstractAction a = new AbstractAction(label) {
            private static final long serialVersionUID = 1L;

            @Override
            public void actionPerformed(ActionEvent e) {
                execute(c);
            }
        };
        try {
            cmd.accelerator().ifPresent(k -> a.putValue(AbstractAction.ACCELERATOR_KEY, k));
        } catch (RuntimeException e) {
            // a command that cannot say its shortcut still runs from the menu
        }
        a.putValue(AbstractAction.ACTION_COMMAND_KEY, cmd.id());
        return a;
    }

    /** Runs a command with the active part's context; a throwing command gets an error dialog naming it. */
    public void execute(CommandEntry c) {
        ViewContext ctx = model.commandContext();
        try {
            c.command().execute(ctx);
        } catch (RuntimeException | LinkageError e) {
            showError(texts.get("error.command", c.id(), c.origin()), e);
        }
    }

    private void rebuildPerspective() {
        rebuilding = true;
        try {
            String active = model.activePerspective();
            List<String> ps = model.perspectives();
            // a new list model only when the perspectives or their language changed: replacing it lays out and
            // repaints the list, in the same event as the perspective's first paint
            if (!ps.equals(listed(perspectiveList.getModel())) || !model.language().equals(listedLanguage)) {
                perspectiveList.setListData(ps.toArray(new String[0]));
                listedLanguage = model.language();
            }
            perspectiveList.setSelectedValue(active, true);
            releaseHolders();
            tabs.removeAll();
            content.removeAll();
            List<ViewEntry> views = model.views(active);
            if (views.isEmpty()) {
                PartHolder h = new PartHolder(active, this::painted);
                h.show(PartPanels.notInstalled(active, texts));
                holders.put(active, h);
                content.add(h, BorderLayout.CENTER);
            } else {
                for (ViewEntry v : views) {
                    PartHolder h = new PartHolder(v.id(), this::painted);
                    holders.put(v.id(), h);
                    tabs.addTab(model.title(v), h);
                    h.setTransferHandler(new FileDrop(v.id()));
                }
                content.add(tabs, BorderLayout.CENTER);
                model.selectedView(active).ifPresent(sel -> {
                    PartHolder h = holders.get(sel.id());
                    tabs.setSelectedComponent(h);
                    if (model.part(sel.id()).isPresent()) {
                        model.select(sel.id());
                        fill(h);
                    } else {
                        // a part not open yet is built in an event of its own, after this one lays out the
                        // perspective: two short events on the event thread instead of one long one
                        SwingUtilities.invokeLater(() -> {
                            if (holders.get(sel.id()) == h && h.content() == null) {
                                model.select(sel.id());
                                fill(h);
                            }
                        });
                    }
                });
            }
            content.revalidate();
            content.repaint();
        } finally {
            rebuilding = false;
        }
    }

    private static List<String> listed(javax.swing.ListModel<String> m) {
        List<String> out = new ArrayList<>(m.getSize());
        for (int i = 0; i < m.getSize(); i++) {
            out.add(m.getElementAt(i));
        }
        return out;
    }

    private void releaseHolders() {
        for (PartHolder h : holders.values()) {
            h.release();
        }
        holders.clear();
    }

    /** Puts the view's part (or its error panel) into the holder, opening the part when needed. */
    private void fill(PartHolder h) {
        Part p = model.open(h.key);
        h.show(p.part().map(vp -> vp.component()).orElseGet(() -> PartPanels.error(p, texts)));
    }

    private void refillHolders() {
        for (PartHolder h : holders.values()) {
            Optional<Part> p = model.part(h.key);
            if (p.isPresent()) {
                Part part = p.get();
                h.show(part.part().map(vp -> vp.component()).orElseGet(() -> PartPanels.error(part, texts)));
            } else if (model.view(h.key).isPresent()) {
                h.show(null);
            }
        }
        if (tabs.getSelectedComponent() instanceof PartHolder h && h.content() == null && model.view(h.key).isPresent()) {
            fill(h);
        }
    }

    private void painted(String key) {
        paintListener.accept(key);
        if (!firstPaint.isEmpty()) {
            List<Runnable> once = new ArrayList<>(firstPaint);
            firstPaint.clear();
            once.forEach(Runnable::run);
        }
    }

    /** Runs the action once a view (or perspective panel) of the shown window has painted. */
    public void afterFirstPaint(Runnable action) {
        firstPaint.add(action);
    }

    // ---- the window's own commands (see WindowCommands) ----

    Texts texts() {
        return texts;
    }

    void switchClientDialog() {
        Object chosen = JOptionPane.showInputDialog(frame, texts.get("client.choose"), texts.get("cmd.switchClient"),
                JOptionPane.QUESTION_MESSAGE, null, clients.toArray(), clientBox.getSelectedItem());
        if (chosen instanceof WindowActions.ClientChoice c) {
            actions.switchClient(c.id());
        }
    }

    void importFile() {
        Optional<Part> active = model.activePart();
        if (active.isEmpty() || active.get().part().isEmpty()) {
            statusBar.message(texts.get("import.noPart"));
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setMultiSelectionEnabled(true);
        if (chooser.showOpenDialog(frame) == JFileChooser.APPROVE_OPTION) {
            List<Path> files = java.util.Arrays.stream(chooser.getSelectedFiles()).map(File::toPath).toList();
            offer(active.get().view().id(), files);
        }
    }

    private void offer(String viewId, List<Path> files) {
        if (!model.importFiles(viewId, files)) {
            String title = model.view(viewId).map(model::title).orElse(viewId);
            statusBar.message(texts.get("import.refused", title));
        }
    }

    /** The import dialog: modal over the window, sized to its content, closed by the flow. */
    public ImportFlow.Dialogs importDialogs() {
        return new ImportFlow.Dialogs() {
            private final java.util.Map<ImportPanel, javax.swing.JDialog> open = new java.util.HashMap<>();

            @Override
            public void open(ImportPanel panel) {
                javax.swing.JDialog d = new javax.swing.JDialog(frame, panel.title(), java.awt.Dialog.ModalityType.APPLICATION_MODAL);
                d.setDefaultCloseOperation(javax.swing.WindowConstants.DO_NOTHING_ON_CLOSE);
                d.addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosing(java.awt.event.WindowEvent e) {
                        panel.cancelButton().doClick();
                    }
                });
                d.setContentPane(panel.component());
                d.getRootPane().setDefaultButton(panel.confirmButton());
                d.pack();
                d.setLocationRelativeTo(frame);
                open.put(panel, d);
                d.setVisible(true); // modal: returns when the flow closes it
            }

            @Override
            public void close(ImportPanel panel) {
                javax.swing.JDialog d = open.remove(panel);
                if (d != null) {
                    d.dispose();
                }
            }
        };
    }

    void exportChart(String extension) {
        Optional<ChartPanel> chart = model.activePart().flatMap(Part::part).map(vp -> vp.component()).flatMap(MainWindow::firstChart);
        if (chart.isEmpty()) {
            statusBar.message(texts.get("export.noChart"));
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(new File("chart." + extension));
        if (chooser.showSaveDialog(frame) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            file = file.resolveSibling(file.getFileName() + "." + extension);
        }
        Path target = file;
        int w = Math.max(800, chart.get().getWidth());
        int h = Math.max(500, chart.get().getHeight());
        try {
            ChartExport.write(chart.get().getChart(), w, h, target);
            statusBar.message(texts.get("export.done", target));
        } catch (java.io.IOException | RuntimeException e) {
            showError(target.toString(), e);
        }
    }

    static Optional<ChartPanel> firstChart(Component c) {
        if (c instanceof ChartPanel p && p.getChart() != null) {
            return Optional.of(p);
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                Optional<ChartPanel> found = firstChart(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    public void setLanguage(Locale language) {
        model.setLanguage(language);
    }

    void toggleTheme() {
        Theme next = model.theme().other();
        setTheme(next);
    }

    /**
     * Installs the look first, so the reopened parts (and their charts) are built in it. Three event-thread
     * steps (look, component tree, parts) rather than one long one, so the window stays responsive.
     */
    public void setTheme(Theme theme) {
        if (theme == model.theme()) {
            return;
        }
        Themes.apply(theme);
        updateTreeInSteps();
        SwingUtilities.invokeLater(() -> model.setTheme(theme));
    }

    /** {@code updateComponentTreeUI} of the frame, one region per event, so no single event-thread task is long. */
    private void updateTreeInSteps() {
        List<JComponent> regions = new ArrayList<>();
        if (frame.getJMenuBar() != null) {
            regions.add(frame.getJMenuBar());
        }
        regions.add(toolBar);
        regions.add((JComponent) split.getLeftComponent());
        regions.add(content);
        regions.add(statusBar);
        for (JComponent c : regions) {
            SwingUtilities.invokeLater(() -> SwingUtilities.updateComponentTreeUI(c));
        }
        SwingUtilities.invokeLater(() -> {
            split.updateUI();
            ((JComponent) frame.getContentPane()).updateUI();
            frame.getRootPane().updateUI();
            frame.getRootPane().revalidate();
            frame.repaint();
        });
    }

    public boolean showing() {
        return frame.isShowing();
    }

    void about() {
        JOptionPane.showMessageDialog(frame, texts.get("about.text", clientName(), model.language().getDisplayLanguage(model.language())),
                texts.get("cmd.about"), JOptionPane.INFORMATION_MESSAGE);
    }

    void quit() {
        actions.quit();
    }

    // ---- WindowHost ----

    @Override
    public <T> void run(BackgroundTask<T> task) {
        tasks.run(task);
    }

    @Override
    public void showError(String where, Throwable error) {
        statusBar.message(texts.get("error.status", where));
        JOptionPane.showMessageDialog(frame,
                texts.get("error.where", where) + "\n" + texts.get("error.what", PartPanels.describe(error)),
                texts.get("error.title"), JOptionPane.ERROR_MESSAGE);
    }

    @Override
    public void status(String message) {
        statusBar.message(message);
    }

    public String statusMessage() {
        return statusBar.message();
    }

    /** Dropped files go to the view under the drop, if it takes them. */
    private final class FileDrop extends TransferHandler {
        private static final long serialVersionUID = 1L;
        private final String viewId;

        FileDrop(String viewId) {
            this.viewId = viewId;
        }

        @Override
        public boolean canImport(TransferSupport support) {
            return support.isDataFlavorSupported(DataFlavor.javaFileListFlavor);
        }

        @Override
        public boolean importData(TransferSupport support) {
            try {
                @SuppressWarnings("unchecked")
                List<File> files = (List<File>) support.getTransferable().getTransferData(DataFlavor.javaFileListFlavor);
                offer(viewId, files.stream().map(File::toPath).toList());
                return true;
            } catch (java.awt.datatransfer.UnsupportedFlavorException | java.io.IOException e) {
                showError(viewId, e);
                return false;
            }
        }
    }

    /** For the benchmark: the component tree below the views, to find what is painted. */
    public JComponent content() {
        return content;
    }
}
