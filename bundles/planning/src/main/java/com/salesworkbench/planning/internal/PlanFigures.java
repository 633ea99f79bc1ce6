package com.salesworkbench.planning.internal;

import com.salesworkbench.api.i18n.Formats;
import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.api.plan.Dimension;
import com.salesworkbench.api.plan.PlanKey;
import com.salesworkbench.api.report.ReportBlock;
import com.salesworkbench.api.time.PlanPeriod;
import com.salesworkbench.charts.ChartExport;
import com.salesworkbench.charts.ChartStyle;
import com.salesworkbench.charts.PlanCharts;
import com.salesworkbench.planning.PlanGrid;
import com.salesworkbench.planning.SalesPlan;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The plan's chart in the report: money by period, stacked by the members of the plan's first dimension. */
final class PlanFigures {

    private PlanFigures() {
    }

    static List<ReportBlock> of(SalesPlan plan, PlanGrid grid, Locale locale) {
        Texts t = Texts.of(PlanCommands.class, locale);
        Dimension by = plan.dimensions().get(0);
        Map<String, Map<PlanPeriod, BigDecimal>> byMember = new LinkedHashMap<>();
        for (PlanGrid.Axis a : grid.axes()) {
            if (a.dimension() != by) {
                continue;
            }
            for (String member : a.members()) {
                Map<PlanPeriod, BigDecimal> months = new LinkedHashMap<>();
                for (PlanPeriod p : grid.periods()) {
                    months.put(p, grid.money(new PlanKey(SalesPlan.members(Map.of(by, member)), p)).amount());
                }
                byMember.put(member, months);
            }
        }
        String title = t.get("report.chart", plan.title());
        return List.of(ChartExport.figure(title, PlanCharts.byPeriod(title, byMember, Map.of(), locale, new Formats(locale), ChartStyle.LIGHT), 2.0));
    }
}
