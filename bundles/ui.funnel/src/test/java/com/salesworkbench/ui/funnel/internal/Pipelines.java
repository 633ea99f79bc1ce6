package com.salesworkbench.ui.funnel.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.funnel.Pipeline;
import com.salesworkbench.funnel.PipelineCsv;
import com.salesworkbench.funnel.PipelineStore;
import com.salesworkbench.funnel.StageModel;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Test pipelines as CSV files, the way a consultant drops them onto the view. */
final class Pipelines {

    static final StageModel GOLDEN_STAGES = new StageModel("golden", java.util.List.of("lead", "meeting", "opportunity"));

    private Pipelines() {
    }

    static ClientWorkspace client(Path dir) {
        ClientWorkspace c = FileWorkspace.open(dir.resolve("ws")).create(ClientId.of("acme"));
        c.save(PipelineStore.STAGES_PATH, PipelineStore.STAGES, GOLDEN_STAGES);
        return c;
    }

    /**
     * History whose conversions are those of the domain notes' reverse-funnel example: 1 000 leads, 800 meetings,
     * 320 opportunities, 32 won deals of 100 000 each (80%, 40%, 10%).
     */
    static Path history(Path dir) throws IOException {
        StringBuilder csv = new StringBuilder("id,rep,customer,amount,probability,close,stage,status\n");
        int id = 0;
        id = rows(csv, id, 200, "lead", "lost");
        id = rows(csv, id, 480, "meeting", "lost");
        id = rows(csv, id, 288, "opportunity", "lost");
        rows(csv, id, 32, "opportunity", "won");
        Path file = dir.resolve("History 2025.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private static int rows(StringBuilder csv, int id, int n, String stage, String status) {
        for (int i = 0; i < n; i++) {
            id++;
            csv.append(id).append(",Ivanov,Customer ").append(id).append(",100000,")
                    .append(status.equals("won") ? "100" : "0").append(",2025-06,").append(stage).append(',')
                    .append(status).append('\n');
        }
        return id;
    }

    /**
     * Reads a pipeline CSV with the funnel module's reader and saves its good rows as the client's pipeline
     * {@code name} (what funnel:import does), for tests that need a pipeline in place.
     */
    static void load(ClientWorkspace client, Path csv, String name) throws IOException {
        StageModel stages = PipelineStore.stages(client);
        LocalDate today = LocalDate.now();
        PipelineCsv.Result result;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            result = PipelineCsv.read(in, stages, today);
        }
        PipelineStore.save(client, new Pipeline(name, "RUB", today, stages, result.opportunities(), List.of()));
    }

    /** Open deals (a crystal ball) with conversions from a small history, and one bad row. */
    static Path open(Path dir) throws IOException {
        String csv = """
                id,rep,customer,amount,probability,close,stage,status
                1,Ivanov,Romashka,300000,50%,2099-12,meeting,open
                2,Ivanov,Vasilek,100000,100,2099-12,opportunity,open
                3,Ivanov,Lilia,900000,30,2099-12,lead,open
                4,Petrov,Roza,2700000,10,2099-12,lead,open
                5,Petrov,Tulpan,400000,75,2099-12,opportunity,open
                6,Petrov,Old,200000,0,2025-02,opportunity,won
                7,Petrov,Older,250000,0,2025-03,meeting,lost
                8,Petrov,Broken,lots,20,2099-12,lead,open
                """;
        Path file = dir.resolve("crystal.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
