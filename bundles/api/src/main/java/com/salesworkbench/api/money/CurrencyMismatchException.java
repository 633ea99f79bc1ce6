package com.salesworkbench.api.money;

import java.util.Currency;

/** Two amounts in different currencies were combined without a conversion. */
public class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public CurrencyMismatchException(Currency expected, Currency actual) {
        super("Currency mismatch: expected " + expected.getCurrencyCode() + " but got " + actual.getCurrencyCode());
    }
}
