package com.salesworkbench.funnel;

import com.salesworkbench.api.i18n.LocalizedException;

/** A funnel computation refused its input; the message is one of the funnel bundle's texts. */
public class FunnelException extends LocalizedException {

    private static final long serialVersionUID = 1L;

    public FunnelException(String key, String englishMessage, Object... args) {
        super(key, englishMessage, args);
    }
}
