package com.salesworkbench.ui.plan.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.i18n.Texts;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Figures typed into the grid in the ways the workbench's locales write them. */
class NumbersTest {

    private static final Texts EN = Texts.of(Numbers.class, Locale.ENGLISH);

    private static BigDecimal parse(String s) {
        return Numbers.parse(s, "Ivanov I.A. / Product 1 / 2026-06", EN);
    }

    @Test
    void groupingAndDecimalSignsOfRuEnAndZh() {
        assertEquals(new BigDecimal("1800000"), parse("1 800 000"));
        assertEquals(new BigDecimal("1800000"), parse("1\u00a0800\u00a0000"));
        assertEquals(new BigDecimal("1800000"), parse("1\u202f800\u202f000"));
        assertEquals(new BigDecimal("1800000"), parse("1,800,000"));
        assertEquals(new BigDecimal("1800000"), parse("1.800.000"));
        assertEquals(new BigDecimal("1234.5"), parse("1 234,5"));
        assertEquals(new BigDecimal("1234.5"), parse("1,234.5"));
        assertEquals(new BigDecimal("1234.5"), parse("1.234,5"));
        assertEquals(new BigDecimal("1.5"), parse("1,5"));
        assertEquals(new BigDecimal("1800"), parse("1,800"), "one separator and three digits: grouping");
        assertEquals(new BigDecimal("0.125"), parse("0,125"), "but not after a zero");
        assertEquals(new BigDecimal("-5"), parse("-5"));
        assertNull(parse("  "), "empty clears the cell");
    }

    @Test
    void notANumberNamesTheCellAndTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse("12abc"));
        assertTrue(e.getMessage().contains("Ivanov I.A. / Product 1 / 2026-06") && e.getMessage().contains("12abc"), e.getMessage());
    }
}
