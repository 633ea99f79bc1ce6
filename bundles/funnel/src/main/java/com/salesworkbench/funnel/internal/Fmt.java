package com.salesworkbench.funnel.internal;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

/** Numbers, money and percentages in the client's locale; an undefined figure shows as a dash. */
final class Fmt {

    static final String NONE = "-";
    private final Locale locale;

    Fmt(Locale locale) {
        this.locale = locale;
    }

    String money(Money m) {
        return amount(m.amount(), m.currency().getDefaultFractionDigits());
    }

    String amount(BigDecimal v, int maxDecimals) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, maxDecimals));
        f.setMinimumFractionDigits(0);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }

    String amount(Optional<BigDecimal> v, int maxDecimals) {
        return v.map(x -> amount(x, maxDecimals)).orElse(NONE);
    }

    String count(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String percent(BigDecimal share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(share);
    }

    String percent(double share) {
        return percent(BigDecimal.valueOf(share));
    }

    String percent(Optional<BigDecimal> share) {
        return share.map(this::percent).orElse(NONE);
    }
}
