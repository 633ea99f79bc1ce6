package com.salesworkbench.funnel.internal;

import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.workspace.DocumentType;
import java.util.regex.Pattern;

/** The funnel's workspace documents, as {@link PipelineStore} defines them (one definition for commands and views). */
final class FunnelDocuments {

    static final DocumentType<Pipeline> PIPELINE = PipelineStore.PIPELINE;
    static final DocumentType<StageModel> STAGES = PipelineStore.STAGES;
    static final String STAGES_PATH = PipelineStore.STAGES_PATH;
    static final String PIPELINES = PipelineStore.FOLDER;
    static final Pattern NAME = PipelineStore.NAME;

    private FunnelDocuments() {
    }

    static String pipelinePath(String name) {
        return PIPELINES + name;
    }
}
