package com.salesworkbench.api.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Uses the test bundles {@code messages*.properties} in this package's test resources. */
class TextsTest {

    private static Texts texts(Locale locale) {
        return Texts.of(TextsTest.class, locale);
    }

    @Test
    void picksTheBundleOfTheRequestedLanguage() {
        assertEquals("Hello", texts(Locale.ENGLISH).get("greeting"));
        assertEquals("Здравствуйте", texts(Locale.forLanguageTag("ru")).get("greeting"));
        assertEquals("你好", texts(Locale.CHINESE).get("greeting"));
    }

    @Test
    void regionalVariantsUseTheLanguageBundle() {
        assertEquals("Здравствуйте", texts(Locale.forLanguageTag("ru-RU")).get("greeting"));
        assertEquals("你好", texts(Locale.SIMPLIFIED_CHINESE).get("greeting"));
        assertEquals("Hello", texts(Locale.US).get("greeting"));
    }

    @Test
    void anUnsupportedLanguageGetsEnglishNotTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            // Without the no-fallback control, ResourceBundle would pick the default locale's (Russian) bundle.
            Locale.setDefault(Locale.forLanguageTag("ru"));
            assertEquals("Hello", texts(Locale.GERMAN).get("greeting"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void aKeyMissingInTheTranslationFallsBackToEnglish() {
        assertEquals("Only in English", texts(Locale.forLanguageTag("ru")).get("only.english"));
        assertEquals("Only in English", texts(Locale.CHINESE).get("only.english"));
    }

    @Test
    void fillsInMessageFormatArguments() {
        assertEquals("Client 'acme' has 1,234,567 plans", texts(Locale.ENGLISH).get("client.plans", "acme", 1234567));
        assertEquals("客户“acme”有 3 个计划", texts(Locale.CHINESE).get("client.plans", "acme", 3));
    }

    @Test
    void formatsNumbersInTheTextsLocale() {
        String ru = texts(Locale.forLanguageTag("ru")).get("client.plans", "acme", 1234567);
        // Russian groups digits with a (no-break) space, never with a comma.
        assertEquals("У клиента «acme» 1 234 567 планов", ru.replace('\u00a0', ' ').replace('\u202f', ' '));
    }

    @Test
    void doubledApostropheIsALiteralApostrophe() {
        assertEquals("There is no client 'acme'", texts(Locale.ENGLISH).get("client.missing", "acme"));
        assertEquals("Клиента 'acme' нет", texts(Locale.forLanguageTag("ru")).get("client.missing", "acme"));
    }

    @Test
    void textWithoutPlaceholdersIgnoresExtraArguments() {
        assertEquals("Hello", texts(Locale.ENGLISH).get("greeting", "unused"));
    }

    @Test
    void aMissingKeyShowsAsTheKeyBetweenExclamationMarks() {
        assertEquals("!no.such.key!", texts(Locale.ENGLISH).get("no.such.key"));
        assertEquals("!no.such.key!", texts(Locale.forLanguageTag("ru")).get("no.such.key", "x"));
    }

    @Test
    void remembersItsLocale() {
        assertEquals(Locale.forLanguageTag("ru-RU"), texts(Locale.forLanguageTag("ru-RU")).locale());
    }
}
