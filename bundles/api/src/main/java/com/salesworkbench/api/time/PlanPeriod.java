package com.salesworkbench.api.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One period of a plan or series: a day, an ISO week, a month, a quarter, a half-year or a year,
 * identified by its first day. Text form: {@code 2026-06-15}, {@code 2026-W05}, {@code 2026-06},
 * {@code 2026-Q3}, {@code 2026-H1}, {@code 2026}.
 */
public record PlanPeriod(Frequency frequency, LocalDate start) implements Comparable<PlanPeriod> {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern HALF = Pattern.compile("(\\d{4})-H([12])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public PlanPeriod {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(start, "start");
        start = alignedStart(frequency, start);
    }

    /** The period of the given frequency that contains {@code date}. */
    public static PlanPeriod containing(Frequency frequency, LocalDate date) {
        return new PlanPeriod(frequency, date);
    }

    public static PlanPeriod month(YearMonth month) {
        return new PlanPeriod(Frequency.MONTH, month.atDay(1));
    }

    public static PlanPeriod quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quarter must be 1..4, was " + quarter);
        }
        return new PlanPeriod(Frequency.QUARTER, LocalDate.of(year, 3 * quarter - 2, 1));
    }

    public static PlanPeriod year(int year) {
        return new PlanPeriod(Frequency.YEAR, LocalDate.of(year, 1, 1));
    }

    /** Parses the text form; the frequency follows from the shape of the text. */
    public static PlanPeriod parse(String text) {
        String s = text.trim();
        Matcher m;
        try {
            if ((m = WEEK.matcher(s)).matches()) {
                // 4 January is always in week 1 of its week-based year.
                LocalDate jan4 = LocalDate.of(Integer.parseInt(m.group(1)), 1, 4);
                int week = Integer.parseInt(m.group(2));
                // Only 52 weeks in most years: without this check, week 53 would roll over into the next year.
                IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(jan4)
                        .checkValidValue(week, IsoFields.WEEK_OF_WEEK_BASED_YEAR);
                LocalDate monday = jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return new PlanPeriod(Frequency.WEEK, monday);
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = HALF.matcher(s)).matches()) {
                return new PlanPeriod(Frequency.HALF_YEAR,
                        LocalDate.of(Integer.parseInt(m.group(1)), m.group(2).equals("1") ? 1 : 7, 1));
            }
            if (YEAR.matcher(s).matches()) {
                return year(Integer.parseInt(s));
            }
            if (MONTH.matcher(s).matches()) {
                return month(YearMonth.parse(s));
            }
            return new PlanPeriod(Frequency.DAY, LocalDate.parse(s));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Not a period: '" + text
                    + "' (expected 2026-06-15, 2026-W05, 2026-06, 2026-Q3, 2026-H1 or 2026)", e);
        }
    }

    /** The last day that belongs to this period. */
    public LocalDate end() {
        return next().start.minusDays(1);
    }

    public PlanPeriod next() {
        return plus(1);
    }

    public PlanPeriod plus(long periods) {
        LocalDate s = switch (frequency) {
            case DAY -> start.plusDays(periods);
            case WEEK -> start.plusWeeks(periods);
            case MONTH -> start.plusMonths(periods);
            case QUARTER -> start.plusMonths(3 * periods);
            case HALF_YEAR -> start.plusMonths(6 * periods);
            case YEAR -> start.plusYears(periods);
        };
        return new PlanPeriod(frequency, s);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end());
    }

    @Override
    public int compareTo(PlanPeriod other) {
        int c = start.compareTo(other.start);
        return c != 0 ? c : frequency.compareTo(other.frequency);
    }

    @Override
    public String toString() {
        return switch (frequency) {
            case DAY -> start.toString();
            // Locale.ROOT: the text form is data, so its digits must be ASCII whatever the default locale.
            case WEEK -> String.format(Locale.ROOT, "%04d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1);
            case HALF_YEAR -> start.getYear() + "-H" + (start.getMonthValue() < 7 ? 1 : 2);
            case YEAR -> Integer.toString(start.getYear());
        };
    }

    private static LocalDate alignedStart(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
            case HALF_YEAR -> LocalDate.of(date.getYear(), date.getMonthValue() < 7 ? 1 : 7, 1);
            case YEAR -> LocalDate.of(date.getYear(), 1, 1);
        };
    }
}
