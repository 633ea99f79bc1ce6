package com.salesworkbench.ui.internal.swing;

import com.salesworkbench.api.ui.ViewContext;
import com.salesworkbench.api.ui.WorkbenchCommand;
import com.salesworkbench.ui.internal.UiTexts;
import com.salesworkbench.ui.internal.model.CommandEntry;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.KeyStroke;

/** The window's own commands, in the same form as contributed ones so menus and tool bar treat all alike. */
final class WindowCommands {

    private WindowCommands() {
    }

    private record Cmd(String id, KeyStroke key, Consumer<ViewContext> action) implements WorkbenchCommand {
        @Override
        public String label(Locale locale) {
            return UiTexts.of(locale).get("cmd." + id);
        }

        @Override
        public Optional<KeyStroke> accelerator() {
            return Optional.ofNullable(key);
        }

        @Override
        public void execute(ViewContext context) {
            action.accept(context);
        }
    }

    private static final int CTRL = InputEvent.CTRL_DOWN_MASK;
    private static final int SHIFT = InputEvent.SHIFT_DOWN_MASK;

    static List<CommandEntry> create(MainWindow w) {
        return List.of(
                entry("file", false, new Cmd("switchClient", KeyStroke.getKeyStroke(KeyEvent.VK_K, CTRL), c -> w.switchClientDialog())),
                entry("file", true, new Cmd("import", KeyStroke.getKeyStroke(KeyEvent.VK_O, CTRL), c -> w.importFile())),
                entry("file", false, new Cmd("exportPng", null, c -> w.exportChart("png"))),
                entry("file", false, new Cmd("exportSvg", null, c -> w.exportChart("svg"))),
                entry("file", false, new Cmd("quit", KeyStroke.getKeyStroke(KeyEvent.VK_Q, CTRL), c -> w.quit())),
                entry("edit", true, new Cmd("undo", KeyStroke.getKeyStroke(KeyEvent.VK_Z, CTRL), c -> w.model().undo())),
                entry("edit", true, new Cmd("redo", KeyStroke.getKeyStroke(KeyEvent.VK_Y, CTRL), c -> w.model().redo())),
                entry("view", false, new Cmd("lang.en", null, c -> w.setLanguage(Locale.ENGLISH))),
                entry("view", false, new Cmd("lang.ru", null, c -> w.setLanguage(Locale.forLanguageTag("ru")))),
                entry("view", false, new Cmd("lang.zh", null, c -> w.setLanguage(Locale.forLanguageTag("zh")))),
                entry("view", false, new Cmd("theme", KeyStroke.getKeyStroke(KeyEvent.VK_T, CTRL | SHIFT), c -> w.toggleTheme())),
                entry("help", false, new Cmd("about", KeyStroke.getKeyStroke(KeyEvent.VK_F1, 0), c -> w.about())));
    }

    private static CommandEntry entry(String menu, boolean toolbar, WorkbenchCommand c) {
        return new CommandEntry(c, menu, toolbar, CommandEntry.WINDOW);
    }
}
