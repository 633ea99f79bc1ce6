package com.salesworkbench.api.i18n;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers, money and percentages in one locale (the client's, for figures of the client's business); an
 * undefined figure shows as a dash. One place for these formats, so every module prints them alike.
 */
public final class Formats {

    public static final String NONE = "-";
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
    }

    public String money(Money m) {
        return amount(m.amount(), m.currency().getDefaultFractionDigits());
    }

    public String amount(BigDecimal v, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, maxDecimals));
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    public String amount(Optional<BigDecimal> v, int maxDecimals) {
        return v.map(x -> amount(x, maxDecimals)).orElse(NONE);
    }

    public String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    public String percent(BigDecimal share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(share);
    }

    public String percent(double share) {
        return percent(BigDecimal.valueOf(share));
    }

    public String percent(Optional<BigDecimal> share) {
        return share.map(this::percent).orElse(NONE);
    }
}
