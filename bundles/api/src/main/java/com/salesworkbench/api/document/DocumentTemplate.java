package com.salesworkbench.api.document;

import java.util.Locale;
import java.util.Set;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Extension point: a template that a module or a client bundle contributes (a strategy outline, a
 * checklist, a report cover). Templates are localised data; the content format is named by {@link #kind()}.
 */
@ConsumerType
public interface DocumentTemplate {

    /** Service property naming the template kind, e.g. {@code "strategy"} or {@code "checklist"}. */
    String KIND = "document.template.kind";

    /** Stable identifier, unique across bundles, e.g. {@code "acme.quarterly-review"}. */
    String id();

    /** What the template is for, e.g. {@code "strategy"}, {@code "checklist"}. */
    String kind();

    /** Languages the template is written in. */
    Set<Locale> locales();

    /** Title in the given language (falls back to English). */
    String title(Locale locale);

    /** The template body in the given language (falls back to English), in the format of its kind. */
    String content(Locale locale);
}
