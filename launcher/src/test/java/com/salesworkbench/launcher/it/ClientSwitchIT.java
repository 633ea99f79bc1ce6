package com.salesworkbench.launcher.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.document.DocumentTemplate;
import com.salesworkbench.api.work.OpenWork;
import com.salesworkbench.provisioning.ClientProfile;
import com.salesworkbench.provisioning.ProvisionedClient;
import com.salesworkbench.provisioning.Provisioning;
import com.salesworkbench.provisioning.ProvisioningException;
import com.salesworkbench.provisioning.SwitchReport;
import com.salesworkbench.workspace.DocumentType;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.Workspace;
import java.time.Duration;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration.ConfigurationAttribute;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Switching between two clients with different features swaps the running bundles and services, saves
 * open work first, applies each client's settings, and loses no saved document of either client.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClientSwitchIT {

    private static final DocumentType<ObjectNode> NOTE = DocumentType.of("note", ObjectNode.class);
    private static final ClientId DEMO = ClientId.of("demo");
    private static final ClientId LITE = ClientId.of("lite");

    @Inject
    private BundleContext context;

    @Inject
    private Provisioning provisioning;

    @Inject
    private Workspace workspace;

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Configuration
    public Option[] config() {
        return Distribution.boot(Distribution.newWorkspace());
    }

    @Test
    public void switchingSwapsBundlesAndServicesAndKeepsEveryDocument() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        assertEquals(DEMO, provisioning.activeClient().orElseThrow());
        provisioning.createClient(new ClientProfile("lite", "Lite", "zh-CN", List.of("core"), List.of(), false, null,
                Map.of("com.salesworkbench.it.settings", Map.of("horizon", 18))));
        workspace.client(DEMO).save("notes/demo", NOTE, note("kept by demo"));
        assertNotNull("the demo client's template is there", template());
        assertNotNull(bundle("org.apache.commons.math3"));

        AtomicInteger saves = new AtomicInteger();
        ServiceRegistration<OpenWork> open = context.registerService(OpenWork.class, new OpenWork() {
            @Override
            public String describe() {
                return "an edited note";
            }

            @Override
            public void save() {
                saves.incrementAndGet();
            }
        }, null);
        SwitchReport toLite;
        try {
            toLite = provisioning.switchTo(LITE);
        } finally {
            open.unregister();
        }

        assertEquals("open work is saved before the switch", 1, saves.get());
        assertEquals(List.of("an edited note"), toLite.saved());
        assertEquals("demo", toLite.from());
        assertEquals("lite", toLite.to());
        assertTrue(toLite.removed().toString(), toLite.removed().contains("org.apache.commons.math3"));
        assertTrue(toLite.removed().toString(), toLite.removed().contains("org.jfree.jfreechart"));
        assertTrue(toLite.removed().toString(), toLite.removed().stream().anyMatch(r -> r.startsWith("com.salesworkbench.example.client")));
        assertEquals(List.of(), toLite.problems());
        assertNull("the demo client's service is gone", template());
        assertNull(bundle("org.apache.commons.math3"));
        assertEquals("lite", provisionedClientId());
        assertEquals(18L, settings().get("horizon"));

        workspace.client(LITE).save("notes/lite", NOTE, note("kept by lite"));
        SwitchReport back = provisioning.switchTo(DEMO);

        assertTrue(back.added().toString(), back.added().contains("org.apache.commons.math3"));
        assertEquals(List.of(), back.problems());
        assertNotNull("the demo client's service is back", template());
        assertEquals("demo", provisionedClientId());
        assertNull("settings of the other client are withdrawn", settings());
        assertEquals("kept by demo", workspace.client(DEMO).read("notes/demo", NOTE).get("text").asText());
        assertEquals("kept by lite", workspace.client(LITE).read("notes/lite", NOTE).get("text").asText());
        assertEquals("the demo plan is untouched", 1, workspace.client(DEMO).history("plans/summer-2026").size());
    }

    @Test
    public void openWorkThatCannotBeSavedCancelsTheSwitch() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId before = provisioning.activeClient().orElseThrow();
        ClientId other = before.equals(DEMO) ? ClientId.of("other") : DEMO;
        if (!workspace.exists(other)) {
            provisioning.createClient(ClientProfile.of(other.value(), "Other", "en", List.of("core")));
        }
        ServiceRegistration<OpenWork> open = context.registerService(OpenWork.class, new OpenWork() {
            @Override
            public String describe() {
                return "a plan with a full disk";
            }

            @Override
            public void save() throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        }, null);
        try {
            provisioning.switchTo(other);
            fail("the switch must not go ahead");
        } catch (ProvisioningException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("a plan with a full disk"));
            assertTrue(e.getMessage(), e.getMessage().contains("No space left on device"));
        } finally {
            open.unregister();
        }
        assertEquals(before, provisioning.activeClient().orElseThrow());
        assertEquals(before.value(), provisionedClientId());
    }

    @Test
    public void switchingToAnUnknownClientChangesNothing() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId before = provisioning.activeClient().orElseThrow();
        try {
            provisioning.switchTo(ClientId.of("nobody"));
            fail();
        } catch (ProvisioningException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("nobody"));
        }
        assertEquals(before, provisioning.activeClient().orElseThrow());
        assertFalse(workspace.exists(ClientId.of("nobody")));
    }

    @Test
    public void aClientWithACorruptProfileIsNamedAndNothingChanges() throws Exception {
        assertTrue(provisioning.awaitIdle(Duration.ofSeconds(60)));
        ClientId before = provisioning.activeClient().orElseThrow();
        ClientId broken = ClientId.of("broken");
        provisioning.createClient(ClientProfile.of("broken", "Broken", "en", List.of("core")));
        java.nio.file.Path file = workspace.client(broken).folder().resolve("documents/profile.json");
        java.nio.file.Files.writeString(file, "{ \"schema\": \"client-profile\", \"schemaVersion\": 1, \"body\": { \"id\": ");
        try {
            provisioning.switchTo(broken);
            fail("a corrupt profile must not be switched to");
        } catch (com.salesworkbench.workspace.CorruptDocumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("profile.json"));
            assertTrue(e.getMessage(), e.getMessage().contains("line 1"));
        }
        assertEquals(before, provisioning.activeClient().orElseThrow());
        assertEquals(before.value(), provisionedClientId());

        // the saved version is still in the history: restoring it repairs the client
        workspace.client(broken).restore(ClientProfile.DOCUMENT, 1);
        assertEquals(List.of(), provisioning.switchTo(broken).problems());
        assertEquals("broken", provisionedClientId());
        provisioning.switchTo(before);
    }

    private static ObjectNode note(String text) {
        return Json.mapper().createObjectNode().put("text", text);
    }

    private DocumentTemplate template() {
        ServiceReference<DocumentTemplate> ref = context.getServiceReference(DocumentTemplate.class);
        return ref == null ? null : context.getService(ref);
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        return null;
    }

    private String provisionedClientId() {
        ServiceReference<ProvisionedClient> ref = context.getServiceReference(ProvisionedClient.class);
        return ref == null ? null : (String) ref.getProperty(ProvisionedClient.CLIENT_ID);
    }

    private Dictionary<String, Object> settings() throws Exception {
        org.osgi.service.cm.Configuration[] found = configurationAdmin.listConfigurations("(service.pid=com.salesworkbench.it.settings)");
        if (found == null) {
            return null;
        }
        assertFalse(found[0].getAttributes().contains(ConfigurationAttribute.READ_ONLY));
        return found[0].getProperties();
    }
}
