package com.salesworkbench.api.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency RUB = Currency.getInstance("RUB");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void amountCarriesTheMinorUnitScaleOfTheCurrency() {
        assertEquals(new BigDecimal("10.00"), Money.of("10", "RUB").amount());
        assertEquals(2, Money.of("10", "RUB").amount().scale());
        assertEquals(new BigDecimal("10.50"), Money.of("10.5", "RUB").amount());
        assertEquals(0, Money.of("1500", "JPY").amount().scale());
        assertEquals(new BigDecimal("0.00"), Money.zero(RUB).amount());
        assertEquals(new BigDecimal("0"), Money.zero(JPY).amount());
    }

    @Test
    void extraZerosBeyondTheMinorUnitAreDroppedExactly() {
        // 10.500 narrows to 10.50 without any rounding, so it is accepted.
        assertEquals(new BigDecimal("10.50"), Money.of("10.500", "RUB").amount());
        assertEquals(new BigDecimal("7"), Money.of("7.00", "JPY").amount());
    }

    @Test
    void narrowingThatWouldNeedRoundingThrows() {
        assertThrows(ArithmeticException.class, () -> Money.of("10.005", "RUB"));
        assertThrows(ArithmeticException.class, () -> new Money(new BigDecimal("1.5"), JPY));
    }

    @Test
    void ofWithRoundingModeRoundsExplicitly() {
        assertEquals(new BigDecimal("10.01"), Money.of(new BigDecimal("10.005"), RUB, RoundingMode.HALF_UP).amount());
        assertEquals(new BigDecimal("10.00"), Money.of(new BigDecimal("10.005"), RUB, RoundingMode.HALF_DOWN).amount());
        assertEquals(new BigDecimal("2"), Money.of(new BigDecimal("1.5"), JPY, RoundingMode.HALF_UP).amount());
    }

    @Test
    void defaultRoundingIsBankersRounding() {
        assertEquals(RoundingMode.HALF_EVEN, Money.DEFAULT_ROUNDING);
        // Half-way cases go to the even neighbour.
        assertEquals(new BigDecimal("10.00"), Money.of(new BigDecimal("10.005"), RUB, Money.DEFAULT_ROUNDING).amount());
        assertEquals(new BigDecimal("10.02"), Money.of(new BigDecimal("10.015"), RUB, Money.DEFAULT_ROUNDING).amount());
        assertEquals(new BigDecimal("2"), Money.of(new BigDecimal("2.5"), JPY, Money.DEFAULT_ROUNDING).amount());
        assertEquals(new BigDecimal("4"), Money.of(new BigDecimal("3.5"), JPY, Money.DEFAULT_ROUNDING).amount());
    }

    @Test
    void plusAndMinusKeepCurrencyAndScale() {
        Money a = Money.of("100.10", "RUB");
        Money b = Money.of("0.95", "RUB");
        assertEquals(Money.of("101.05", "RUB"), a.plus(b));
        assertEquals(Money.of("99.15", "RUB"), a.minus(b));
        assertEquals(Money.of("-99.15", "RUB"), b.minus(a));
        assertEquals(RUB, a.plus(b).currency());
    }

    @Test
    void timesRoundsWithTheGivenMode() {
        Money price = Money.of("10.00", "RUB");
        assertEquals(Money.of("3.33", "RUB"), price.times(new BigDecimal("0.3333"), RoundingMode.HALF_EVEN));
        assertEquals(Money.of("3.34", "RUB"), price.times(new BigDecimal("0.3333"), RoundingMode.UP));
        assertEquals(Money.of("0.12", "RUB"), Money.of("0.25", "RUB").times(new BigDecimal("0.5"), RoundingMode.HALF_EVEN));
        assertEquals(Money.of("0.13", "RUB"), Money.of("0.25", "RUB").times(new BigDecimal("0.5"), RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class,
                () -> price.times(new BigDecimal("0.3333"), RoundingMode.UNNECESSARY));
    }

    @Test
    void negateSignumAndIsZero() {
        Money m = Money.of("12.34", "USD");
        assertEquals(Money.of("-12.34", "USD"), m.negate());
        assertEquals(1, m.signum());
        assertEquals(-1, m.negate().signum());
        assertFalse(m.isZero());
        assertTrue(Money.zero(USD).isZero());
        assertTrue(m.minus(m).isZero());
    }

    @Test
    void combiningDifferentCurrenciesThrows() {
        Money rub = Money.of("1", "RUB");
        Money usd = Money.of("1", "USD");
        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> rub.plus(usd));
        assertTrue(e.getMessage().contains("RUB") && e.getMessage().contains("USD"), e.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> rub.minus(usd));
        assertThrows(CurrencyMismatchException.class, () -> rub.compareTo(usd));
        // It is an IllegalArgumentException, so generic callers can catch it as such.
        assertThrows(IllegalArgumentException.class, () -> usd.plus(rub));
    }

    @Test
    void compareToOrdersByAmount() {
        Money small = Money.of("9.99", "RUB");
        Money big = Money.of("10", "RUB");
        assertTrue(small.compareTo(big) < 0);
        assertTrue(big.compareTo(small) > 0);
        assertEquals(0, big.compareTo(Money.of("10.000", "RUB")));

        List<Money> list = new ArrayList<>(List.of(big, Money.of("-1", "RUB"), small));
        list.sort(null);
        assertEquals(List.of(Money.of("-1", "RUB"), small, big), list);
    }

    @Test
    void equalityIgnoresHowTheAmountWasWritten() {
        // Because the scale is normalised, equals agrees with compareTo.
        assertEquals(Money.of("10", "RUB"), Money.of("10.0", "RUB"));
        assertEquals(Money.of("10", "RUB").hashCode(), Money.of("10.0", "RUB").hashCode());
        assertNotEquals(Money.of("10", "RUB"), Money.of("10", "USD"));
    }

    @Test
    void toStringShowsPlainAmountAndCode() {
        assertEquals("1162500.50 RUB", Money.of("1.1625005E6", "RUB").toString());
        assertEquals("1500 JPY", Money.of("1500", "JPY").toString());
    }

    @Test
    void nullsAreRejected() {
        assertThrows(NullPointerException.class, () -> new Money(null, RUB));
        assertThrows(NullPointerException.class, () -> new Money(BigDecimal.ONE, null));
    }
}
