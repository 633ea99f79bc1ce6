package com.salesworkbench.example.client.internal;

import com.salesworkbench.api.document.DocumentTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Component;

/**
 * The demo consulting firm's quarterly business review outline, in Russian, English and Chinese. Its
 * texts live in {@code quarterly-review_<lang>.md} beside this class.
 */
@Component(property = DocumentTemplate.KIND + "=strategy")
public class QuarterlyReviewTemplate implements DocumentTemplate {

    private static final Set<Locale> LOCALES = Set.of(Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.CHINESE);

    @Override
    public String id() {
        return "demo-consulting.quarterly-review";
    }

    @Override
    public String kind() {
        return "strategy";
    }

    @Override
    public Set<Locale> locales() {
        return LOCALES;
    }

    @Override
    public String title(Locale locale) {
        String content = content(locale);
        return content.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
    }

    @Override
    public String content(Locale locale) {
        String lang = LOCALES.stream().map(Locale::getLanguage).anyMatch(locale.getLanguage()::equals)
                ? locale.getLanguage() : "en";
        try (InputStream in = QuarterlyReviewTemplate.class.getResourceAsStream("quarterly-review_" + lang + ".md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
