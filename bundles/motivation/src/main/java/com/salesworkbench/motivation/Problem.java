package com.salesworkbench.motivation;

import java.util.List;

/**
 * Something that kept a rule or a rep from being computed: {@code subject} is the rule id or the rep,
 * {@code key} a message key, {@code message} the English text.
 */
public record Problem(String subject, String key, String message, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    static Problem of(PayException e, String subject) {
        return new Problem(subject, e.key(), e.getMessage(), List.of(e.args()));
    }
}
