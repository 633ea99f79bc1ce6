package com.salesworkbench.funnel;

import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.DocumentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the funnel's documents live in a client workspace: pipelines at {@code funnel/pipelines/<name>}
 * (schema {@code funnel-pipeline}) and the client's stage model at {@code funnel/stages} (schema
 * {@code funnel-stages}). Shared by the shell commands and the desktop view.
 */
public final class PipelineStore {

    public static final DocumentType<Pipeline> PIPELINE = DocumentType.of("funnel-pipeline", Pipeline.class);
    public static final DocumentType<StageModel> STAGES = DocumentType.of("funnel-stages", StageModel.class);
    public static final String STAGES_PATH = "funnel/stages";
    public static final String FOLDER = "funnel/pipelines/";
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private PipelineStore() {
    }

    public static String path(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new FunnelException("error.name", "Pipeline name '" + name
                    + "': use lower-case letters, digits, '.', '-', '_'", name);
        }
        return FOLDER + name;
    }

    public static Optional<Pipeline> find(ClientWorkspace c, String name) {
        return c.find(path(name), PIPELINE);
    }

    public static void save(ClientWorkspace c, Pipeline p) {
        c.save(path(p.name()), PIPELINE, p);
    }

    /** The pipelines' names, sorted. */
    public static List<String> names(ClientWorkspace c) {
        List<String> out = new ArrayList<>();
        for (String doc : c.documents()) {
            if (doc.startsWith(FOLDER) && doc.indexOf('/', FOLDER.length()) < 0) {
                out.add(doc.substring(FOLDER.length()));
            }
        }
        return out;
    }

    /** A new pipeline's currency: the one of the client's country, EUR when the locale names no country. */
    public static String currency(java.util.Locale clientLocale) {
        try {
            return java.util.Currency.getInstance(clientLocale).getCurrencyCode();
        } catch (IllegalArgumentException | NullPointerException e) {
            return "EUR";
        }
    }

    /** The client's stage model, the standard one until the client sets its own. */
    public static StageModel stages(ClientWorkspace c) {
        return c.find(STAGES_PATH, STAGES).orElse(StageModel.STANDARD);
    }
}
