package com.salesworkbench.funnel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * End-to-end marketing analytics: per advertising channel, spend -> visitors -> leads -> buyers -> revenue,
 * with the conversion at each step, cost per lead, cost per acquired customer, average check and return on
 * marketing spend. The joint marketing / sales KPI: revenue = leads x conversion x average check, where
 * marketing owns the leads and sales owns conversion and average check.
 */
public final class MarketingAnalytics {

    private MarketingAnalytics() {
    }

    public record Channel(String name, BigDecimal spend, long visitors, long leads, long buyers, BigDecimal revenue) {
        public Channel {
            Objects.requireNonNull(name, "name");
            if (spend.signum() < 0 || revenue.signum() < 0 || visitors < 0 || leads < 0 || buyers < 0) {
                throw new FunnelException("error.channelNegative", "Channel '" + name + "' has a negative figure", name);
            }
        }
    }

    /** Every ratio is empty when its denominator is zero (never NaN). */
    public record Result(String channel, BigDecimal spend, long visitors, long leads, long buyers, BigDecimal revenue,
                         Optional<BigDecimal> visitorToLead, Optional<BigDecimal> leadToBuyer,
                         Optional<BigDecimal> costPerLead, Optional<BigDecimal> costPerCustomer,
                         Optional<BigDecimal> averageCheck, Optional<BigDecimal> romi) {
    }

    /** The joint KPI: revenue = leads x conversion x average check. */
    public record JointKpi(long leads, Optional<BigDecimal> conversion, Optional<BigDecimal> averageCheck,
                           BigDecimal revenue) {

        /** Leads needed for a revenue target at the current conversion and average check. */
        public Optional<BigDecimal> leadsFor(BigDecimal revenueTarget) {
            if (conversion.isEmpty() || averageCheck.isEmpty() || conversion.get().signum() == 0
                    || averageCheck.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(revenueTarget.divide(conversion.get().multiply(averageCheck.get()), MathContext.DECIMAL64));
        }
    }

    public record Report(List<Result> channels, Result total, JointKpi kpi) {
    }

    private static Optional<BigDecimal> ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? Optional.empty() : Optional.of(a.divide(b, MathContext.DECIMAL64));
    }

    private static Optional<BigDecimal> ratio(long a, long b) {
        return ratio(BigDecimal.valueOf(a), BigDecimal.valueOf(b));
    }

    static Result result(Channel c) {
        return new Result(c.name(), c.spend(), c.visitors(), c.leads(), c.buyers(), c.revenue(),
                ratio(c.leads(), c.visitors()), ratio(c.buyers(), c.leads()),
                ratio(c.spend(), BigDecimal.valueOf(c.leads())), ratio(c.spend(), BigDecimal.valueOf(c.buyers())),
                ratio(c.revenue(), BigDecimal.valueOf(c.buyers())),
                ratio(c.revenue().subtract(c.spend()), c.spend()));
    }

    public static Report analyse(List<Channel> channels, String totalLabel) {
        List<Result> out = new ArrayList<>();
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal revenue = BigDecimal.ZERO;
        long visitors = 0;
        long leads = 0;
        long buyers = 0;
        for (Channel c : channels) {
            out.add(result(c));
            spend = spend.add(c.spend());
            revenue = revenue.add(c.revenue());
            visitors += c.visitors();
            leads += c.leads();
            buyers += c.buyers();
        }
        Result total = result(new Channel(totalLabel, spend, visitors, leads, buyers, revenue));
        return new Report(List.copyOf(out), total,
                new JointKpi(leads, total.leadToBuyer(), total.averageCheck(), revenue));
    }
}
