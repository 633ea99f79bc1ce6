package com.salesworkbench.api.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "a", "7", "acme-2026", "acme_ru", "0-_"})
    void acceptsLowerCaseLettersDigitsDashAndUnderscore(String value) {
        assertEquals(value, ClientId.of(value).value());
        assertEquals(value, ClientId.of(value).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Acme", "ACME", "-acme", "_acme", "acme corp", "acme/ru", "..", "acme.ru", "ацме", "客户", "acme\n"})
    void rejectsAnythingElseWithAMessageNamingTheValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClientId.of(value));
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @Test
    void limitIsSixtyFourCharacters() {
        assertEquals(64, ClientId.of("a".repeat(64)).value().length());
        assertThrows(IllegalArgumentException.class, () -> ClientId.of("a".repeat(65)));
    }

    @Test
    void rejectsNull() {
        assertThrows(NullPointerException.class, () -> ClientId.of(null));
    }

    @Test
    void equalsByValueAndSortsByValue() {
        assertEquals(ClientId.of("acme"), new ClientId("acme"));
        List<ClientId> ids = new ArrayList<>(List.of(ClientId.of("beta"), ClientId.of("acme"), ClientId.of("a1")));
        ids.sort(null);
        assertEquals(List.of(ClientId.of("a1"), ClientId.of("acme"), ClientId.of("beta")), ids);
    }
}
