package com.salesworkbench.seasonality;

import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.api.time.TimeSeries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** Working days of periods, for indices per working day ({@link DecompositionOptions#withWorkingDays}). */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Monday to Friday of the period, less the given holidays. */
    public static int count(PlanPeriod period, Set<LocalDate> holidays) {
        int n = 0;
        for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d)) {
                n++;
            }
        }
        return n;
    }

    /** The working days of every period of a series. */
    public static double[] of(TimeSeries series, Set<LocalDate> holidays) {
        double[] days = new double[series.length()];
        for (int i = 0; i < days.length; i++) {
            days[i] = count(series.periodAt(i), holidays);
        }
        return days;
    }
}
