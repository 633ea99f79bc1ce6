package com.salesworkbench.launcher;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line: {@code [--workspace DIR] [--client ID] [--headless] [--lang ru|en|zh] [exec COMMAND]}.
 */
record Options(Path workspace, Optional<String> client, boolean headless, Locale language, Optional<String> command) {

    static final String USAGE = """
            Usage: workbench [options] [exec 'COMMAND']
              --workspace DIR   the folder with the clients (default: ~/SalesWorkbench)
              --client ID       the client to start with (default: the last one used)
              --headless        no window: open the Gogo shell on this terminal (the window opens
                                when the client has the desktop feature and a display exists)
              --lang ru|en|zh   language of the program's texts (default: from the system locale)
              exec 'COMMAND'    run one shell command, print its result and exit with its status,
                                e.g. workbench exec 'client:list'
            """;

    static Options parse(String[] args) {
        Path workspace = Path.of(System.getProperty("user.home"), "SalesWorkbench");
        Optional<String> client = Optional.empty();
        boolean headless = false;
        Locale language = defaultLanguage();
        Optional<String> command = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--workspace" -> workspace = Path.of(value(args, ++i, a));
                case "--client" -> client = Optional.of(value(args, ++i, a));
                case "--headless" -> headless = true;
                case "--lang" -> language = language(value(args, ++i, a));
                case "exec" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("exec needs a command, e.g. exec 'client:list'");
                    }
                    command = Optional.of(String.join(" ", java.util.Arrays.copyOfRange(args, i + 1, args.length)));
                    i = args.length;
                }
                case "-h", "--help" -> throw new HelpRequested();
                default -> throw new IllegalArgumentException("Unknown option '" + a + "'");
            }
        }
        return new Options(workspace, client, headless, language, command);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static Locale language(String tag) {
        return switch (tag) {
            case "ru", "en", "zh" -> Locale.forLanguageTag(tag);
            default -> throw new IllegalArgumentException("--lang must be ru, en or zh, not '" + tag + "'");
        };
    }

    private static Locale defaultLanguage() {
        String lang = Locale.getDefault().getLanguage();
        return lang.equals("ru") || lang.equals("zh") ? Locale.forLanguageTag(lang) : Locale.ENGLISH;
    }

    /** Thrown for {@code --help}: print the usage and exit normally. */
    static final class HelpRequested extends RuntimeException {
        private static final long serialVersionUID = 1L;

        HelpRequested() {
            super(null, null, false, false);
        }
    }
}
