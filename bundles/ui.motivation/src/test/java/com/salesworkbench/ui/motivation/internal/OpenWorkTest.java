package com.salesworkbench.ui.motivation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.work.OpenWork;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.ui.HeadlessViewContext;
import com.salesworkbench.workspace.ClientWorkspace;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/** Unsaved scheme edits are open work: registered while dirty, saved on the event thread when the switch asks. */
class OpenWorkTest {

    @TempDir
    Path dir;

    /** A bundle context that keeps the one OpenWork service registered with it. */
    private static BundleContext context(AtomicReference<OpenWork> registered) {
        return (BundleContext) Proxy.newProxyInstance(OpenWorkTest.class.getClassLoader(), new Class<?>[] {BundleContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("registerService")) {
                        registered.set((OpenWork) args[1]);
                        return Proxy.newProxyInstance(OpenWorkTest.class.getClassLoader(), new Class<?>[] {ServiceRegistration.class},
                                (p, m, a) -> {
                                    if (m.getName().equals("unregister")) {
                                        registered.set(null);
                                    }
                                    return null;
                                });
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void unsavedEditsAreOpenWorkUntilSavedByTheSwitch() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ClientWorkspace client = Fixtures.client(dir);
        AtomicReference<OpenWork> work = new AtomicReference<>();
        AtomicReference<MotivationPart> part = new AtomicReference<>();
        HeadlessViewContext context = new HeadlessViewContext(Locale.ENGLISH, Locale.US, ClientId.of("acme"));
        SwingUtilities.invokeAndWait(() -> {
            part.set(new MotivationPart(context, client, Fixtures.rules(), context(work)));
            part.get().editParameters(0, "{\"targetIncentive\": 100000, \"factor\": 2}");
        });
        assertNotNull(work.get(), "edited: open work");
        // provisioning asks from its own thread: the part saves on the event thread
        assertEquals("Pay scheme golden (edited)", work.get().describe());
        work.get().save();
        assertNull(work.get(), "saved: no more open work");
        assertEquals(2, client.read(PaySchemes.path("golden"), PaySchemes.SCHEME).revision());
        SwingUtilities.invokeAndWait(() -> {
            context.undo().undo();
            part.get().dispose();
        });
        assertNull(work.get(), "closed: no more open work");
    }

    @Test
    void closingThePartWithUnsavedEditsSavesThemAsTheNextRevision() throws Exception {
        System.setProperty("java.awt.headless", "true");
        ClientWorkspace client = Fixtures.client(dir);
        AtomicReference<OpenWork> work = new AtomicReference<>();
        HeadlessViewContext context = new HeadlessViewContext(Locale.ENGLISH, Locale.US, ClientId.of("acme"));
        SwingUtilities.invokeAndWait(() -> {
            MotivationPart part = new MotivationPart(context, client, Fixtures.rules(), context(work));
            assertTrue(context.tasksRun().contains("Reading pay scheme "), "the scheme is read in the background: " + context.tasksRun());
            part.editParameters(0, "{\"targetIncentive\": 100000, \"factor\": 3}");
            assertNotNull(work.get());
            part.dispose(); // e.g. the language changes, or the view's bundle leaves
        });
        assertNull(work.get(), "saved on close: no more open work");
        var saved = client.read(PaySchemes.path("golden"), PaySchemes.SCHEME);
        assertEquals(2, saved.revision());
        assertTrue(saved.rules().get(0).parameters().toString().contains("factor=3"), saved.rules().get(0).parameters().toString());
        assertTrue(context.statuses().contains("Pay scheme golden saved as revision 2"), context.statuses().toString());
        assertEquals(List.of(), context.errors());
    }
}
