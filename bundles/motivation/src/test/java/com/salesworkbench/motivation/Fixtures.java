package com.salesworkbench.motivation;

import com.salesworkbench.api.pay.PayRule;
import com.salesworkbench.motivation.internal.rules.BuiltinRules;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

final class Fixtures {
    private Fixtures() {
    }

    static PayEngine engine() {
        return PayEngine.of(BuiltinRules.all());
    }

    static Map<String, BigDecimal> figures(Object... kv) {
        Map<String, BigDecimal> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], new BigDecimal(kv[i + 1].toString()));
        }
        return m;
    }

    static PayRule rule(String type) {
        return BuiltinRules.all().stream().filter(r -> r.type().equals(type)).findFirst().orElseThrow();
    }
}
