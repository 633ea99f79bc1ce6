package com.salesworkbench.funnel;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The seed's "crystal ball": the monthly forecast of a rep is the sum of amount x probability over the open
 * deals closing that month; the department forecast is the sum over reps times a prudence factor (70% by
 * default); the visit priority orders deals by probability, then the soonest close.
 */
public final class WeightedPipeline {

    /** The seed's "most basic, conservative result": 70% of the weighted sum. */
    public static final BigDecimal DEFAULT_PRUDENCE = new BigDecimal("0.70");

    private WeightedPipeline() {
    }

    /** A rep's forecast by close month, and its total over the months shown. */
    public record RepForecast(String rep, SortedMap<YearMonth, Money> months, Money total) {
    }

    /**
     * The department figure.
     *
     * @param weighted sum of the reps' forecasts
     * @param prudent  weighted x prudence, the figure to plan with
     */
    public record DepartmentForecast(List<YearMonth> months, List<RepForecast> reps, Money weighted,
                                     BigDecimal prudence, Money prudent) {
    }

    /** What to do about a deal: a visit while the rep's visit slots last, else a call or an e-mail. */
    public enum Contact { VISIT, CALL_OR_EMAIL }

    public record VisitPlanLine(int rank, Opportunity opportunity, Contact contact) {
    }

    /** Weighted sums of the open deals per rep and close month, unrounded. */
    public static SortedMap<String, SortedMap<YearMonth, BigDecimal>> byRepAndMonth(List<Opportunity> opportunities) {
        SortedMap<String, SortedMap<YearMonth, BigDecimal>> out = new TreeMap<>();
        for (Opportunity o : opportunities) {
            if (!o.open()) {
                continue;
            }
            out.computeIfAbsent(o.rep(), r -> new TreeMap<>()).merge(o.closeMonth(), o.weighted(), BigDecimal::add);
        }
        return out;
    }

    /**
     * The forecast of the months {@code from .. from + months - 1}, per rep and for the department.
     *
     * @param prudence factor in 0..1 applied to the department sum
     */
    public static DepartmentForecast forecast(List<Opportunity> opportunities, Currency currency, YearMonth from,
                                              int months, BigDecimal prudence) {
        if (months < 1) {
            throw new FunnelException("error.months", "The number of months must be at least 1, got " + months, months);
        }
        if (prudence.signum() < 0 || prudence.compareTo(BigDecimal.ONE) > 0) {
            throw new FunnelException("error.prudence", "The prudence factor must be within 0-100%, got " + prudence,
                    prudence);
        }
        List<YearMonth> range = new ArrayList<>();
        for (int i = 0; i < months; i++) {
            range.add(from.plusMonths(i));
        }
        YearMonth to = range.get(range.size() - 1);
        List<RepForecast> reps = new ArrayList<>();
        BigDecimal department = BigDecimal.ZERO;
        for (var rep : byRepAndMonth(opportunities).entrySet()) {
            SortedMap<YearMonth, Money> perMonth = new TreeMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (YearMonth m : range) {
                BigDecimal v = rep.getValue().getOrDefault(m, BigDecimal.ZERO);
                perMonth.put(m, money(v, currency));
                total = total.add(v);
            }
            boolean any = rep.getValue().keySet().stream().anyMatch(m -> !m.isBefore(from) && !m.isAfter(to));
            if (any) {
                reps.add(new RepForecast(rep.getKey(), perMonth, money(total, currency)));
                department = department.add(total);
            }
        }
        return new DepartmentForecast(List.copyOf(range), List.copyOf(reps), money(department, currency), prudence,
                money(department.multiply(prudence), currency));
    }

    /**
     * Orders a rep's open deals for contact: highest probability first, then the soonest close, then the
     * larger amount; the first {@code visitSlots} get a visit, the rest a call or an e-mail.
     */
    public static List<VisitPlanLine> visitPriority(List<Opportunity> opportunities, int visitSlots) {
        List<Opportunity> open = opportunities.stream().filter(Opportunity::open)
                .sorted(Comparator.comparing(Opportunity::probability).reversed()
                        .thenComparing(Opportunity::closeMonth)
                        .thenComparing(Comparator.comparing(Opportunity::amount).reversed())
                        .thenComparing(Opportunity::id))
                .toList();
        List<VisitPlanLine> out = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            out.add(new VisitPlanLine(i + 1, open.get(i), i < visitSlots ? Contact.VISIT : Contact.CALL_OR_EMAIL));
        }
        return out;
    }

    /** Visits a rep can make in a month: visits a day x working days (4 x 20 = 80 in the seed). */
    public static int visitCapacity(int visitsPerDay, int workingDays) {
        return Math.max(0, visitsPerDay) * Math.max(0, workingDays);
    }

    static Money money(BigDecimal value, Currency currency) {
        return Money.of(value, currency, RoundingMode.HALF_EVEN);
    }

    /** Groups opportunities by rep, sorted by rep. */
    public static Map<String, List<Opportunity>> byRep(List<Opportunity> opportunities) {
        Map<String, List<Opportunity>> out = new TreeMap<>();
        for (Opportunity o : opportunities) {
            out.computeIfAbsent(o.rep(), r -> new ArrayList<>()).add(o);
        }
        return out;
    }
}
