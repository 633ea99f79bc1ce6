package com.salesworkbench.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The program: embeds the OSGi framework found through {@link ServiceLoader}, boots the {@code core}
 * feature, lets provisioning bring up the active client's features, then shows the desktop window (when the
 * client has it, a display exists and {@code --headless} was not given), or opens the Gogo shell, or runs one
 * command ({@code exec}) and exits with its status.
 */
public final class Main {

    /** Exit status when the program could not start (distinct from a failed command). */
    static final int EXIT_STARTUP_FAILED = 2;
    private static final long STARTUP_TIMEOUT_SECONDS = 120;
    static final String PROVISIONED_CLIENT = "com.salesworkbench.provisioning.ProvisionedClient";
    private static final String UI_BUNDLE = "com.salesworkbench.ui";
    private static final String WORKBENCH = "com.salesworkbench.ui.Workbench";
    private static final String COMMAND_PROCESSOR = "org.apache.felix.service.command.CommandProcessor";

    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.HelpRequested e) {
            out.print(Options.USAGE);
            return;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.print(Options.USAGE);
            System.exit(EXIT_STARTUP_FAILED);
            return;
        }
        Locale.setDefault(options.language());
        System.exit(run(options, home(), out, err));
    }

    /** The distribution folder: the parent of {@code lib/} that holds this class's jar. */
    static Path home() {
        String property = System.getProperty("workbench.home");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static int run(Options options, Path home, PrintStream out, PrintStream err) {
        Path storage;
        try {
            storage = Files.createTempDirectory("salesworkbench-felix-");
        } catch (IOException e) {
            err.println("Cannot create the framework cache: " + e.getMessage());
            return EXIT_STARTUP_FAILED;
        }
        Framework framework = newFramework(options, home, storage);
        Thread shutdownHook = new Thread(() -> stop(framework, storage), "workbench-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            boolean window = wantsWindow(options);
            // with a window in view the terminal shell waits: it starts only if the client has no window
            boot(framework, home, options.command().isEmpty() && !window);
            BundleContext context = framework.getBundleContext();
            if (!awaitService(context, PROVISIONED_CLIENT)) {
                err.println("The active client did not come up within " + STARTUP_TIMEOUT_SECONDS
                        + " s; see the messages above");
                if (options.command().isPresent()) {
                    return EXIT_STARTUP_FAILED;
                }
            }
            if (options.command().isPresent()) {
                return execute(context, options.command().get(), out, err);
            }
            if (window && !awaitWindow(context)) {
                startConsole(framework, install(framework, Boot.featureBundles(home, Boot.CONSOLE)));
            }
            framework.waitForStop(0);
            return 0;
        } catch (BundleException | IOException | RuntimeException e) {
            err.println("Start-up failed: " + e.getMessage());
            return EXIT_STARTUP_FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_STARTUP_FAILED;
        } finally {
            stop(framework, storage);
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
    }

    /**
     * The desktop window instead of the shell: not for {@code exec}, not with {@code --headless}, not without a
     * display. Whether the client has the window (feature {@code desktop}) is known only once it is provisioned.
     */
    static boolean wantsWindow(Options options) {
        return options.command().isEmpty() && !options.headless() && !java.awt.GraphicsEnvironment.isHeadless();
    }

    /**
     * Whether the active client's window is up: the ui bundle runs and its workbench service is registered
     * (the window itself closes the program by stopping the framework).
     */
    static boolean awaitWindow(BundleContext context) throws InterruptedException {
        for (Bundle b : context.getBundles()) {
            if (UI_BUNDLE.equals(b.getSymbolicName()) && b.getState() == Bundle.ACTIVE) {
                ServiceTracker<Object, Object> tracker = track(context, WORKBENCH);
                try {
                    return tracker.waitForService(TimeUnit.SECONDS.toMillis(10)) != null;
                } finally {
                    tracker.close();
                }
            }
        }
        return false;
    }

    static Framework newFramework(Options options, Path home, Path storage) {
        return ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("No OSGi framework on the class path"))
                .newFramework(frameworkProperties(options, home, storage));
    }

    /** Installs and starts the core bundles (and the terminal console when asked), then the framework. */
    static void boot(Framework framework, Path home, boolean console) throws BundleException, IOException {
        framework.init();
        ServiceUsagePurge.install(framework);
        for (Bundle b : install(framework, Boot.featureBundles(home, Boot.CORE))) {
            b.start();
        }
        framework.start();
        if (console) {
            startConsole(framework, install(framework, Boot.featureBundles(home, Boot.CONSOLE)));
        }
    }

    /** Installs by reference (the distribution's jars are read in place, not copied); returns the non-fragments. */
    private static List<Bundle> install(Framework framework, List<Path> jars) throws BundleException {
        List<Bundle> out = new ArrayList<>();
        for (Path jar : jars) {
            Bundle b = framework.getBundleContext().installBundle("reference:" + jar.toUri());
            if (b.getHeaders("").get(Constants.FRAGMENT_HOST) == null) {
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Starts the terminal shell with JLine's own class loader as the context class loader: JLine finds its
     * terminal providers through the context class loader, which the shell's thread inherits, and without
     * them it falls back to a dumb terminal (no line editing, history or completion).
     */
    private static void startConsole(Framework framework, List<Bundle> console) throws BundleException {
        ClassLoader jline = null;
        for (Bundle b : framework.getBundleContext().getBundles()) {
            if ("org.jline".equals(b.getSymbolicName()) && b.adapt(BundleWiring.class) != null) {
                jline = b.adapt(BundleWiring.class).getClassLoader();
            }
        }
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(jline != null ? jline : previous);
        try {
            for (Bundle b : console) {
                b.start();
            }
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    static Map<String, String> frameworkProperties(Options options, Path home, Path storage) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        // Swing look-and-feels and the JDK's own helpers load sun.* classes reflectively.
        p.put(Constants.FRAMEWORK_BOOTDELEGATION, "sun.*,com.sun.*");
        p.put("felix.log.level", "1");
        p.put("workbench.home", home.toString());
        p.put("workbench.workspace", options.workspace().toAbsolutePath().toString());
        p.put("workbench.headless", Boolean.toString(options.headless() || java.awt.GraphicsEnvironment.isHeadless()));
        // read by the ui bundle: open the window (only the launcher asks; tests and exec never get one)
        p.put("workbench.window", Boolean.toString(wantsWindow(options)));
        options.client().ifPresent(c -> p.put("workbench.client", c));
        return p;
    }

    /** An open tracker of every service registered under a class name that this class cannot see. */
    private static ServiceTracker<Object, Object> track(BundleContext context, String className) {
        ServiceTracker<Object, Object> tracker;
        try {
            tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter("(objectClass=" + className + ")"), null);
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalArgumentException(className, e);
        }
        tracker.open(true);
        return tracker;
    }

    static boolean awaitService(BundleContext context, String className) throws InterruptedException {
        ServiceTracker<Object, Object> tracker = track(context, className);
        try {
            return tracker.waitForService(TimeUnit.SECONDS.toMillis(STARTUP_TIMEOUT_SECONDS)) != null;
        } finally {
            tracker.close();
        }
    }

    /** Runs one Gogo command through the command processor service (reached reflectively: it lives in a bundle). */
    static int execute(BundleContext context, String command, PrintStream out, PrintStream err) throws InterruptedException {
        ServiceTracker<Object, Object> tracker = track(context, COMMAND_PROCESSOR);
        try {
            Object processor = tracker.waitForService(TimeUnit.SECONDS.toMillis(STARTUP_TIMEOUT_SECONDS));
            if (processor == null) {
                err.println("The shell is not available");
                return EXIT_STARTUP_FAILED;
            }
            Method create = processor.getClass().getMethod("createSession",
                    java.io.InputStream.class, java.io.OutputStream.class, java.io.OutputStream.class);
            Object session = create.invoke(processor, java.io.InputStream.nullInputStream(), out, err);
            try {
                Object result = session.getClass().getMethod("execute", CharSequence.class).invoke(session, command);
                if (result != null) {
                    Object text = result instanceof CharSequence ? result
                            : session.getClass().getMethod("format", Object.class, int.class).invoke(session, result, 0);
                    out.println(text.toString().stripTrailing());
                }
                return 0;
            } finally {
                session.getClass().getMethod("close").invoke(session);
            }
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            err.println(cause.getMessage() != null ? cause.getMessage() : cause.toString());
            return 1;
        } catch (ReflectiveOperationException e) {
            err.println("The shell cannot run commands: " + e);
            return EXIT_STARTUP_FAILED;
        } finally {
            tracker.close();
        }
    }

    static synchronized void stop(Framework framework, Path storage) {
        try {
            if ((framework.getState() & (Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING)) != 0) {
                framework.stop();
                framework.waitForStop(TimeUnit.SECONDS.toMillis(30));
            }
        } catch (BundleException | InterruptedException e) {
            // the process is ending anyway
        }
        deleteTree(storage);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder; the OS cleans it eventually
        }
    }
}
