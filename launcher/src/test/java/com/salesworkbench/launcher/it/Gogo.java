package com.salesworkbench.launcher.it;

import java.io.ByteArrayInputStream;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Runs command lines inside the framework as the console does, through Gogo's CommandProcessor, so a test goes
 * through the same option parsing and command lookup as a user typing them.
 */
final class Gogo {

    private Gogo() {
    }

    /** What the command returned (its printed text); a refused command throws its exception. */
    static String run(BundleContext context, String line) throws Exception {
        ServiceReference<CommandProcessor> ref = context.getServiceReference(CommandProcessor.class);
        if (ref == null) {
            throw new AssertionError("no Gogo CommandProcessor in the framework");
        }
        CommandProcessor processor = context.getService(ref);
        try (CommandSession session = processor.createSession(new ByteArrayInputStream(new byte[0]), System.out, System.err)) {
            return String.valueOf(session.execute(line));
        } finally {
            context.ungetService(ref);
        }
    }

    /** A file path as one quoted shell argument. */
    static String quoted(Object path) {
        return "'" + path + "'";
    }

    /** The command's refusal message; fails when the command is not refused. */
    static String refusal(BundleContext context, String line) {
        try {
            String out = run(context, line);
            throw new AssertionError("'" + line + "' must be refused, but printed: " + out);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            return String.valueOf(e.getMessage());
        }
    }
}
