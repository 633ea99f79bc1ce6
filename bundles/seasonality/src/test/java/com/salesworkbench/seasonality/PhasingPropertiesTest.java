package com.salesworkbench.seasonality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.salesworkbench.api.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.DoubleRange;

/**
 * Phasing 1 000 000.00 over 12 months with 3 locked months and a typed override: for any profile, the total
 * is exactly the target, the locks and the override keep their amounts, and no spread month is negative.
 */
class PhasingPropertiesTest {

    record Case(double[] profile, int[] fixedMonths, long[] fixedKopecks) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<double[]> profile = Arbitraries.doubles().between(0.0, 5.0).ofScale(4).array(double[].class).ofSize(12)
                .filter(p -> p[0] + p[1] + p[2] + p[3] + p[4] + p[5] + p[6] + p[7] + p[8] + p[9] + p[10] + p[11] > 0);
        Arbitrary<int[]> months = Arbitraries.integers().between(0, 11).list().uniqueElements().ofSize(4)
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray());
        // four fixed amounts whose sum stays at or below the target (each at most 249 999.99)
        Arbitrary<long[]> kopecks = Arbitraries.longs().between(0, 24_999_999L).array(long[].class).ofSize(4);
        return Combinators.combine(profile, months, kopecks).as(Case::new)
                .filter(c -> unlockedWeight(c) > 0);
    }

    static double unlockedWeight(Case c) {
        double w = 0;
        outer:
        for (int i = 0; i < 12; i++) {
            for (int m : c.fixedMonths()) {
                if (m == i) {
                    continue outer;
                }
            }
            w += c.profile()[i];
        }
        return w;
    }

    @Property(tries = 2000)
    void theTotalIsExactlyTheTargetAndTheLocksHold(@ForAll("cases") Case c) {
        Money target = Money.of("1000000.00", "RUB");
        Map<String, Money> locks = new HashMap<>();
        Map<String, Money> overrides = new HashMap<>();
        for (int k = 0; k < 4; k++) {
            Money m = new Money(BigDecimal.valueOf(c.fixedKopecks()[k], 2), target.currency());
            String label = PhasingTest.MONTHS.get(c.fixedMonths()[k]);
            if (k < 3) {
                locks.put(label, m);
            } else {
                overrides.put(label, m);
            }
        }
        Phasing.Result r = Phasing.phase(target, PhasingTest.MONTHS, c.profile(), locks, overrides);
        assertEquals(target, r.total());
        assertEquals(12, r.cells().size());
        locks.forEach((l, m) -> assertEquals(m, r.amount(l)));
        overrides.forEach((l, m) -> assertEquals(m, r.amount(l)));
        for (Phasing.Cell cell : r.cells()) {
            assertEquals(2, cell.amount().amount().scale());
            assertTrue(cell.amount().signum() >= 0, cell + " is negative");
        }
    }

    @Property(tries = 1000)
    void withoutLocksEveryMonthIsWithinAKopeckPerMonthOfItsShare(
            @ForAll @Size(12) List<@DoubleRange(min = 0.01, max = 100) Double> weights) {
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        Money target = Money.of("1000000.00", "RUB");
        Phasing.Result r = Phasing.phase(target, PhasingTest.MONTHS, w, Map.of(), Map.of());
        assertEquals(target, r.total());
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int i = 0; i < 12; i++) {
            double exact = 1_000_000.00 * w[i] / sum;
            assertEquals(exact, r.cells().get(i).amount().amount().doubleValue(), 0.07);
        }
    }

    @Property(tries = 500)
    void anyCurrencyScaleAddsUp(@ForAll("amounts") BigDecimal amount, @ForAll @Size(5) List<@DoubleRange(min = 0, max = 3) Double> weights) {
        double[] w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        w[0] += 0.5;
        Money target = Money.of(amount.setScale(0, RoundingMode.DOWN), java.util.Currency.getInstance("CNY"), RoundingMode.UNNECESSARY);
        Phasing.Result r = Phasing.phase(target, List.of("a", "b", "c", "d", "e"), w, Map.of(), Map.of());
        assertEquals(target, r.total());
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100000000")).ofScale(0);
    }
}
