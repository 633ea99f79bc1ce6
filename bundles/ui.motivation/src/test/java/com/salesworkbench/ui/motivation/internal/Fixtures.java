package com.salesworkbench.ui.motivation.internal;

import com.salesworkbench.api.client.ClientId;
import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.motivation.PayEngine;
import com.salesworkbench.motivation.PayScheme;
import com.salesworkbench.motivation.PaySchemes;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import com.salesworkbench.workspace.ClientWorkspace;
import com.salesworkbench.workspace.Json;
import com.salesworkbench.workspace.internal.FileWorkspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

final class Fixtures {

    /** The accelerator of the domain notes: target incentive 100 000, factor 1.5 above quota. */
    static final String GOLDEN = """
            {"name":"golden","revision":1,"fixed":0,"targetVariable":100000,"currency":"RUB",
             "rules":[{"id":"acc","type":"accelerator","parameters":{"targetIncentive":100000,"factor":1.5}}]}
            """;

    private Fixtures() {
    }

    static MotivationView.Rules rules() {
        Map<String, PayRule> all = new TreeMap<>();
        BuiltinRules.all().forEach(r -> all.put(r.type(), r));
        return new MotivationView.Rules() {
            @Override
            public PayEngine engine() {
                return new PayEngine(all::get);
            }

            @Override
            public Set<String> types() {
                return new TreeSet<>(all.keySet());
            }

            @Override
            public PayRule rule(String type) {
                return all.get(type);
            }
        };
    }

    static PayScheme golden() throws Exception {
        return Json.mapper().readValue(GOLDEN, PayScheme.class);
    }

    static ClientWorkspace client(Path dir) throws Exception {
        ClientWorkspace c = FileWorkspace.open(dir.resolve("ws")).create(ClientId.of("acme"));
        c.save(PaySchemes.path("golden"), PaySchemes.SCHEME, golden());
        return c;
    }

    /** Anna at 130% of a 1 000 000 plan in January (the golden 145 000), Boris at 50%. */
    static Path figures(Path dir) throws Exception {
        Path file = dir.resolve("figures.csv");
        Files.writeString(file, """
                person,team,date,metric,value
                anna,north,2026-01-05,plan,1000000
                anna,north,2026-01-20,sales,1300000
                boris,north,2026-01-05,plan,1000000
                boris,north,2026-01-20,sales,500000
                """, StandardCharsets.UTF_8);
        return file;
    }
}
