package com.salesworkbench.strategy;

import com.salesworkbench.api.i18n.LocalizedException;

/** A strategy or SWOT operation refused its input; the message is one of the calling bundle's texts. */
public class StrategyException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    public StrategyException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
