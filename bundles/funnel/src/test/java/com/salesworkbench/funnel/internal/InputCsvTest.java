package com.salesworkbench.funnel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Texts;
import com.salesworkbench.funnel.FunnelException;
import com.salesworkbench.funnel.ReverseFunnel;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InputCsvTest {

    @Test
    void stagesAreReadEarliestFirst() {
        var steps = InputCsv.steps(new StringReader("stage,conversion,days,activity\nlead,80%,10,call\nmeeting,40,14,meeting\nopportunity,10,30,visit\n"));
        assertEquals(3, steps.size());
        assertEquals(0, new BigDecimal("0.8").compareTo(steps.get(0).conversion()));
        assertEquals(ReverseFunnel.Activity.VISIT, steps.get(2).activity());
        assertEquals(14, steps.get(1).days());
    }

    @Test
    void aZeroConversionNamesTheLineAndStageInEveryLanguage() {
        var e = assertThrows(FunnelException.class, () -> InputCsv.steps(
                new StringReader("stage,conversion,days\nlead,80,10\nmeeting,0%,14\n")));
        assertEquals("error.zeroConversionLine", e.key());
        assertEquals(3L, e.args()[0]);
        assertEquals("meeting", e.args()[1]);
        for (Locale l : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru"), Locale.forLanguageTag("zh")}) {
            String text = Texts.of(FunnelCommands.class, l).get(e.key(), e.args());
            assertTrue(text.contains("3") && text.contains("meeting") && text.contains("0%"), text);
        }
    }

    @Test
    void badChannelCellsAreNamed() {
        var e = assertThrows(FunnelException.class, () -> InputCsv.channels(new StringReader(
                "channel,spend,visitors,leads,buyers,revenue\nsearch,100,1000,50,5,5000\nsocial,-10,100,5,1,100\n")));
        assertEquals("error.cellNegative", e.key());
        assertEquals(3L, e.args()[0]);
        assertEquals("spend", e.args()[1]);
        var whole = assertThrows(FunnelException.class, () -> InputCsv.channels(new StringReader(
                "channel,spend,visitors,leads,buyers,revenue\nsearch,100,1000,50.5,5,5000\n")));
        assertEquals("error.cellWhole", whole.key());
        var missing = assertThrows(FunnelException.class, () -> InputCsv.channels(new StringReader("channel,spend\nx,1\n")));
        assertEquals("error.missingColumn", missing.key());
    }

    @Test
    void optionsAcceptPercentagesAndShares() {
        assertEquals(0, new BigDecimal("0.7").compareTo(FunnelCommands.share("70%", "-p")));
        assertEquals(0, new BigDecimal("0.7").compareTo(FunnelCommands.share("70", "-p")));
        assertEquals(0, new BigDecimal("0.7").compareTo(FunnelCommands.share("0.7", "-p")));
        var e = assertThrows(FunnelException.class, () -> FunnelCommands.share("170%", "-p"));
        assertEquals("error.shareRange", e.key());
        assertEquals(0, new BigDecimal("10000000").compareTo(FunnelCommands.decimal("10 000 000", "-t")));
    }
}
