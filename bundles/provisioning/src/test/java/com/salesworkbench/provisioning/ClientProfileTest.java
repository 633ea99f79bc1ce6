package com.salesworkbench.provisioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClientProfileTest {

    private static final ObjectMapper JSON = Json.mapper();

    @Test
    void defaultsFillInNameLocaleAndEmptyLists() {
        ClientProfile p = new ClientProfile("acme", null, null, null, null, false, null, null);
        assertEquals("acme", p.name());
        assertEquals("en", p.locale());
        assertEquals(List.of(), p.features());
        assertEquals(List.of(), p.bundles());
        assertEquals(Map.of(), p.settings());
        assertNull(p.trustStore());
        assertFalse(p.requireSignedBundles());
        assertEquals(Locale.ENGLISH, p.javaLocale());
        assertEquals(ClientId.of("acme"), p.clientId());
    }

    @Test
    void blankNameAndLocaleCountAsMissing() {
        ClientProfile p = ClientProfile.of("acme", "  ", "", List.of("core"));
        assertEquals("acme", p.name());
        assertEquals("en", p.locale());
    }

    @Test
    void localeTagBecomesAJavaLocale() {
        ClientProfile p = ClientProfile.of("acme", "ACME Ltd", "ru-RU", List.of());
        assertEquals(Locale.forLanguageTag("ru-RU"), p.javaLocale());
        assertEquals("ru", p.javaLocale().getLanguage());
        assertEquals("RU", p.javaLocale().getCountry());
    }

    @Test
    void invalidIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ClientProfile.of("ACME Ltd", null, null, List.of()));
        assertThrows(IllegalArgumentException.class, () -> ClientProfile.of("../acme", null, null, List.of()));
        assertThrows(NullPointerException.class, () -> ClientProfile.of(null, null, null, List.of()));
    }

    @Test
    void listsAreCopiedAndCannotBeChanged() {
        List<String> features = new ArrayList<>(List.of("core", "forecasting"));
        ClientProfile p = ClientProfile.of("acme", null, null, features);
        features.add("reports");
        assertEquals(List.of("core", "forecasting"), p.features());
        assertThrows(UnsupportedOperationException.class, () -> p.features().add("reports"));
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        ClientProfile p = new ClientProfile("acme", "ООО «Акме» 有限公司", "ru-RU", List.of("core", "forecasting"),
                List.of("com.acme.extras"), true, "trust/acme",
                Map.of("com.salesworkbench.forecast", Map.of("horizon", 12, "model", "ets", "auto", true)));
        String json = JSON.writeValueAsString(p);
        assertEquals(p, JSON.readValue(json, ClientProfile.class));
    }

    @Test
    void jsonRoundTripOfAPlainProfileWithEverythingDefaulted() throws Exception {
        ClientProfile p = ClientProfile.of("acme", null, null, List.of());
        assertEquals(p, JSON.readValue(JSON.writeValueAsString(p), ClientProfile.class));
    }

    @Test
    void jsonHasTheRecordComponentsButNotTheDerivedAccessors() throws Exception {
        ClientProfile p = ClientProfile.of("acme", "ACME", "zh-CN", List.of("core"));
        JsonNode tree = JSON.readTree(JSON.writeValueAsString(p));
        assertEquals("acme", tree.get("id").asText());
        assertEquals("ACME", tree.get("name").asText());
        assertEquals("zh-CN", tree.get("locale").asText());
        assertEquals("core", tree.get("features").get(0).asText());
        assertFalse(tree.has("clientId"), tree::toString);
        assertFalse(tree.has("javaLocale"), tree::toString);
        // Empty lists, maps and null values are left out.
        assertFalse(tree.has("bundles"), tree::toString);
        assertFalse(tree.has("settings"), tree::toString);
        assertFalse(tree.has("trustStore"), tree::toString);
    }

    @Test
    void minimalJsonGetsTheDefaults() throws Exception {
        ClientProfile p = JSON.readValue("{\"id\": \"acme\"}", ClientProfile.class);
        assertEquals(new ClientProfile("acme", "acme", "en", List.of(), List.of(), false, null, Map.of()), p);
    }

    @Test
    void jsonWithAnInvalidIdCannotBeRead() {
        Exception e = assertThrows(Exception.class,
                () -> JSON.readValue("{\"id\": \"Not Valid\", \"requireSignedBundles\": false}", ClientProfile.class));
        assertTrue(String.valueOf(e.getMessage()).contains("Not Valid"), e::toString);
    }
}
