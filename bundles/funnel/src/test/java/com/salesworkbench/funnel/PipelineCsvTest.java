package com.salesworkbench.funnel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineCsvTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 21);

    @Test
    void badRowsAreNamedAndTheRestIsImported() {
        PipelineCsv.Result r = PipelineCsv.read(Golden.resource("bad-rows.csv"), StageModel.STANDARD, AS_OF);
        assertEquals(List.of("a1", "a6", "a7"), r.opportunities().stream().map(Opportunity::id).toList());
        assertEquals(List.of(3L, 4L, 5L, 6L), r.errors().stream().map(PipelineCsv.RowError::line).toList());
        assertEquals(List.of("error.probabilityRange", "error.closeInPast", "error.negativeAmount", "error.unknownStageCell"),
                r.errors().stream().map(PipelineCsv.RowError::key).toList());
        assertEquals(List.of("probability", "close", "amount", "stage"),
                r.errors().stream().map(PipelineCsv.RowError::column).toList());
        assertTrue(r.errors().get(0).message().contains("Line 3"), r.errors().get(0).message());
        assertTrue(r.errors().get(0).message().contains("120"));
        assertTrue(r.errors().get(3).message().contains("negotiation"));
        Opportunity a6 = r.opportunities().get(1);
        assertEquals(0, new BigDecimal("0.7").compareTo(a6.probability()));
        assertEquals(YearMonth.of(2027, 1), a6.closeMonth());
        Opportunity a7 = r.opportunities().get(2);
        assertEquals(DealStatus.WON, a7.status(), "a won deal may have closed in the past");
    }

    @Test
    void aPastCloseDateWithinTheCurrentMonthIsRefusedToo() {
        var r = PipelineCsv.read(new StringReader("rep,customer,amount,probability,close\nA,x,10,50,2026-11-02\n"),
                StageModel.STANDARD, AS_OF);
        assertEquals("error.closeInPast", r.errors().get(0).key());
        assertEquals(2L, r.errors().get(0).line());
    }

    @Test
    void numbersMayCarrySpacesAndDecimalCommas() {
        var r = PipelineCsv.read(new StringReader("rep,customer,amount,probability,close\nA,x,\"1 250 000,50\",\"12,5%\",2027-01\n"),
                StageModel.STANDARD, AS_OF);
        assertEquals(List.of(), r.errors());
        assertEquals(0, new BigDecimal("1250000.50").compareTo(r.opportunities().get(0).amount()));
        assertEquals(0, new BigDecimal("0.125").compareTo(r.opportunities().get(0).probability()));
    }

    @Test
    void stageEntryColumnsAreReadAndUnknownOnesRefused() {
        String csv = "rep,customer,amount,probability,close,stage,status,created,entered_lead,entered_qualified\n"
                + "A,x,10,50,2027-01,qualified,open,2026-09-01,2026-09-01,2026-10-01\n";
        var r = PipelineCsv.read(new StringReader(csv), StageModel.STANDARD, AS_OF);
        assertEquals(LocalDate.of(2026, 10, 1), r.opportunities().get(0).stageEntered().get("qualified"));
        var e = assertThrows(FunnelException.class, () -> PipelineCsv.read(
                new StringReader("rep,customer,amount,probability,close,entered_demo\n"), StageModel.STANDARD, AS_OF));
        assertEquals("error.unknownStageColumn", e.key());
    }

    @Test
    void aMissingColumnIsNamed() {
        var e = assertThrows(FunnelException.class, () -> PipelineCsv.read(
                new StringReader("rep,customer,amount,close\nA,x,1,2027-01\n"), StageModel.STANDARD, AS_OF));
        assertEquals("error.missingColumn", e.key());
        assertEquals("probability", e.args()[0]);
    }

    @Test
    void duplicateIdsAndBadCellsAreNamed() {
        String csv = "id,rep,customer,amount,probability,close,status\n"
                + "1,A,x,10,50,2027-01,open\n"
                + "1,A,y,10,50,2027-01,open\n"
                + "2,A,z,ten,50,2027-01,open\n"
                + "3,A,z,10,50,Jan 2027,open\n"
                + "4,A,z,10,50,2027-01,maybe\n";
        var r = PipelineCsv.read(new StringReader(csv), StageModel.STANDARD, AS_OF);
        assertEquals(1, r.opportunities().size());
        assertEquals(List.of("error.duplicateId", "error.number", "error.closeFormat", "error.status"),
                r.errors().stream().map(PipelineCsv.RowError::key).toList());
    }
}
