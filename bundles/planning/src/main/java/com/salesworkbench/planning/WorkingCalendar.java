package com.salesworkbench.planning;

import com.salesworkbench.api.time.PlanPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Working days: Monday to Friday, less a country's public holidays, plus its moved working days (a Saturday
 * worked in exchange for a bridge day). A country's years come from data files {@code <CC>-<year>.properties}
 * (keys {@code holidays}, {@code working}, {@code status}); a directory given by the user is read first, so
 * the shipped files (Russia and China, 2025-2027) can be corrected or extended without a new release. A
 * year without a file is refused with a message naming the country, the year and where the file goes.
 */
public final class WorkingCalendar {

    /** One year's data. */
    public record Year(int year, Set<LocalDate> holidays, Set<LocalDate> working, String status) {
    }

    private final String country;
    private final Path directory;
    private final Map<Integer, Year> years = new HashMap<>();

    private WorkingCalendar(String country, Path directory) {
        this.country = country;
        this.directory = directory;
    }

    /** Monday to Friday, no holidays. */
    public static WorkingCalendar mondayToFriday() {
        return new WorkingCalendar(null, null);
    }

    /** A country's calendar (RU, CN, ...) from the shipped files and, first, files in {@code directory}. */
    public static WorkingCalendar of(String country, Path directory) {
        String cc = country.trim().toUpperCase(Locale.ROOT);
        if (cc.equals("MF") || cc.equals("MON-FRI")) {
            return mondayToFriday();
        }
        return new WorkingCalendar(cc, directory);
    }

    public String country() {
        return country == null ? "MON-FRI" : country;
    }

    public boolean isWorkingDay(LocalDate date) {
        boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
        if (country == null) {
            return weekday;
        }
        Year y = year(date.getYear());
        return weekday ? !y.holidays().contains(date) : y.working().contains(date);
    }

    /** Working days from {@code from} to {@code to}, both included. */
    public int workingDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    public int workingDays(PlanPeriod period) {
        return workingDays(period.start(), period.end());
    }

    /** The data of one year, loaded on first use. */
    public synchronized Year year(int year) {
        if (country == null) {
            return new Year(year, Set.of(), Set.of(), "official");
        }
        Year y = years.get(year);
        if (y == null) {
            y = load(year);
            years.put(year, y);
        }
        return y;
    }

    private Year load(int year) {
        String name = country + "-" + year + ".properties";
        Properties p = new Properties();
        try {
            if (directory != null && Files.isRegularFile(directory.resolve(name))) {
                try (Reader r = Files.newBufferedReader(directory.resolve(name), StandardCharsets.UTF_8)) {
                    p.load(r);
                }
            } else {
                try (InputStream in = WorkingCalendar.class.getResourceAsStream("calendars/" + name)) {
                    if (in == null) {
                        throw new PlanningException("calendar.noYear", country, String.valueOf(year),
                                directory == null ? name : directory.resolve(name).toString());
                    }
                    p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<LocalDate> holidays = dates(p.getProperty("holidays", ""), name, "holidays", year);
        Set<LocalDate> working = dates(p.getProperty("working", ""), name, "working", year);
        for (LocalDate d : holidays) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                throw new PlanningException("calendar.holidayOnWeekend", name, d);
            }
        }
        for (LocalDate d : working) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new PlanningException("calendar.workingOnWeekday", name, d);
            }
        }
        return new Year(year, Set.copyOf(holidays), Set.copyOf(working), p.getProperty("status", "official").trim());
    }

    private static Set<LocalDate> dates(String text, String file, String key, int year) {
        Set<LocalDate> out = new HashSet<>();
        for (String s : text.split("[,\\s]+")) {
            if (s.isBlank()) {
                continue;
            }
            LocalDate d;
            try {
                d = LocalDate.parse(s.trim());
            } catch (DateTimeParseException e) {
                throw new PlanningException("calendar.badDate", file, key, s);
            }
            if (d.getYear() != year) {
                throw new PlanningException("calendar.wrongYear", file, key, d);
            }
            out.add(d);
        }
        return out;
    }
}
