package com.salesworkbench.report.internal;

import java.util.regex.Pattern;

/** Table-cell rules both renderers share. */
final class Cells {

    /**
     * A formatted number, amount, money or percentage in any of the workbench's locales ("9 940 000,00 ₽",
     * "-12.5%", "¥1,234", "3 652 500"): right-aligned so the digits line up. Dates and codes ("2026-06") are not.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[$€£¥₽]?\\s?[-−+]?\\d[\\d\\s\\u00a0\\u202f.,']*(\\s?(%|[^\\d\\s-]{1,5}))?");

    private Cells() {
    }

    static boolean numeric(String cell) {
        return cell != null && NUMBER.matcher(cell.strip()).matches();
    }
}
