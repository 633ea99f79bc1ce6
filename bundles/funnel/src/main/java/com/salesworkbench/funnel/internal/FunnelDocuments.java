package com.salesworkbench.funnel.internal;

import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.workspace.DocumentType;
import java.util.regex.Pattern;

/** The funnel's workspace documents: pipelines ({@code funnel/pipelines/<name>}) and the client's stage model. */
final class FunnelDocuments {

    static final DocumentType<Pipeline> PIPELINE = DocumentType.of("funnel-pipeline", Pipeline.class);
    static final DocumentType<StageModel> STAGES = DocumentType.of("funnel-stages", StageModel.class);
    static final String STAGES_PATH = "funnel/stages";
    static final String PIPELINES = "funnel/pipelines/";
    static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private FunnelDocuments() {
    }

    static String pipelinePath(String name) {
        return PIPELINES + name;
    }
}
