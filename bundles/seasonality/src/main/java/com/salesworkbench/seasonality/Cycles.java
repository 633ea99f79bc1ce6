package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.Frequency;
import com.salesworkbench.api.time.PlanPeriod;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * The seasonal cycles this module supports: months (m = 12), quarters (m = 4) and ISO weeks (m = 52).
 * A period's position in its cycle is calendar-based (January = 0, Q1 = 0, week 1 = 0); the rare ISO
 * week 53 shares the position of week 52.
 */
public final class Cycles {

    private Cycles() {
    }

    /** The cycle length m of a frequency. */
    public static int length(Frequency frequency) {
        return switch (frequency) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case WEEK -> 52;
            default -> throw new SeasonalityException("frequency.unsupported", adjective(frequency));
        };
    }

    /** daily, weekly, monthly, quarterly, half-yearly, yearly: the word the options use. */
    public static String adjective(Frequency frequency) {
        return switch (frequency) {
            case DAY -> "daily";
            case WEEK -> "weekly";
            case MONTH -> "monthly";
            case QUARTER -> "quarterly";
            case HALF_YEAR -> "half-yearly";
            case YEAR -> "yearly";
        };
    }

    /** The position of a period in its cycle, 0 to m - 1. */
    public static int position(PlanPeriod period) {
        return switch (period.frequency()) {
            case MONTH -> period.start().getMonthValue() - 1;
            case QUARTER -> (period.start().getMonthValue() - 1) / 3;
            case WEEK -> Math.min(period.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 52) - 1;
            default -> throw new SeasonalityException("frequency.unsupported", adjective(period.frequency()));
        };
    }

    /** The cycle position of each of {@code n} consecutive periods from {@code start}. */
    public static int[] positions(PlanPeriod start, int n) {
        length(start.frequency());
        int[] pos = new int[n];
        if (start.frequency() != Frequency.WEEK) {
            int m = length(start.frequency());
            int p0 = position(start);
            for (int i = 0; i < n; i++) {
                pos[i] = (p0 + i) % m;
            }
        } else {
            for (int i = 0; i < n; i++) {
                pos[i] = position(start.plus(i));
            }
        }
        return pos;
    }

    /** Parses a frequency name: {@code monthly}, {@code quarterly}, {@code weekly} (or month, quarter, week, 12, 4, 52). */
    public static Frequency parseFrequency(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "monthly", "month", "m", "12" -> Frequency.MONTH;
            case "quarterly", "quarter", "q", "4" -> Frequency.QUARTER;
            case "weekly", "week", "w", "52" -> Frequency.WEEK;
            default -> throw new SeasonalityException("frequency.unknown", text);
        };
    }

    /** The label of a cycle position, e.g. {@code 03} for March, {@code Q2}, {@code W07}. */
    public static String label(Frequency frequency, int position) {
        return switch (frequency) {
            case MONTH -> String.format(Locale.ROOT, "%02d", position + 1);
            case QUARTER -> "Q" + (position + 1);
            case WEEK -> String.format(Locale.ROOT, "W%02d", position + 1);
            default -> throw new SeasonalityException("frequency.unsupported", adjective(frequency));
        };
    }
}
