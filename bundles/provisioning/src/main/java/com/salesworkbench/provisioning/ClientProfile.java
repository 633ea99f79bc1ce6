package com.salesworkbench.provisioning;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.workspace.DocumentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one client runs, kept as the document {@value #DOCUMENT} of the client's workspace.
 *
 * @param locale               language and region of the client's documents (e.g. {@code ru-RU}): number,
 *                             money and date formats
 * @param features             feature names; {@code core} is always included
 * @param bundles              single extra bundles of the distribution by symbolic name
 * @param requireSignedBundles when true, plug-in jars must be signed by a certificate in {@code trustStore}
 * @param trustStore           folder of trusted certificates ({@code .crt}, {@code .pem}, {@code .cer});
 *                             relative paths resolve against the distribution
 * @param settings             configuration per service PID, pushed into Configuration Admin while the
 *                             client is active
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ClientProfile(String id, String name, String locale, List<String> features, List<String> bundles,
                            Boolean requireSignedBundles, String trustStore,
                            Map<String, Map<String, Object>> settings) {

    public static final String DOCUMENT = "profile";
    public static final DocumentType<ClientProfile> TYPE = DocumentType.of("client-profile", ClientProfile.class);

    public ClientProfile {
        ClientId.of(Objects.requireNonNull(id, "id"));
        name = name == null || name.isBlank() ? id : name;
        locale = locale == null || locale.isBlank() ? "en" : locale;
        // absent in a hand-written profile: no signature requirement
        requireSignedBundles = Boolean.TRUE.equals(requireSignedBundles);
        features = features == null ? List.of() : List.copyOf(features);
        bundles = bundles == null ? List.of() : List.copyOf(bundles);
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    @JsonIgnore
    public ClientId clientId() {
        return ClientId.of(id);
    }

    @JsonIgnore
    public Locale javaLocale() {
        return Locale.forLanguageTag(locale);
    }

    /** A plain profile: the given features, no extra bundles, no signature requirement. */
    public static ClientProfile of(String id, String name, String locale, List<String> features) {
        return new ClientProfile(id, name, locale, features, List.of(), false, null, Map.of());
    }
}
