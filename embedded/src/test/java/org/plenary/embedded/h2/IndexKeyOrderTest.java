package org.plenary.embedded.h2;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The order of index keys: total, and equal exactly when the keys are equal, over every kind of value a key holds. */
class IndexKeyOrderTest {

    private final IndexKeyOrder order = new IndexKeyOrder();

    private static Object value(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> "d" + random.nextInt(20) + "/" + random.nextInt(5);
            case 2 -> (long) random.nextInt(10) - 3;
            case 3 -> random.nextInt(10) - 3;
            case 4 -> random.nextInt(4) - 1.5;
            case 5 -> random.nextBoolean();
            case 6 -> new Document("k", random.nextInt(3));
            default -> random.nextInt(3) == 0 ? -0.0 : 0.0;
        };
    }

    private static List<KeyValue> keys(long seed, int count) {
        Random random = new Random(seed);
        List<KeyValue> keys = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Object[] values = new Object[1 + random.nextInt(2)];
            for (int v = 0; v < values.length; v++) {
                values[v] = value(random);
            }
            keys.add(new KeyValue(values));
        }
        return keys;
    }

    @Test
    void equalExactlyWhenTheKeysAreEqualAndAntisymmetric() {
        List<KeyValue> keys = keys(1, 400);
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                int ab = order.compare(a, b);
                assertThat(ab == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(ab)).as("%s vs %s", a, b).isEqualTo(-Integer.signum(order.compare(b, a)));
            }
        }
    }

    @Test
    void transitive() {
        List<KeyValue> keys = keys(2, 120);
        for (KeyValue a : keys) {
            for (KeyValue b : keys) {
                for (KeyValue c : keys) {
                    if (order.compare(a, b) <= 0 && order.compare(b, c) <= 0) {
                        assertThat(order.compare(a, c)).as("%s <= %s <= %s", a, b, c).isLessThanOrEqualTo(0);
                    }
                }
            }
        }
    }

    @Test
    void stringsAndNumbersInTheirNaturalOrderIntegersApartFromLongs() {
        assertThat(order.compare(new KeyValue("d1/a0@9"), new KeyValue("d1/a0@10"))).isPositive();
        assertThat(order.compare(new KeyValue("d1", 9L), new KeyValue("d1", 10L))).isNegative();
        assertThat(order.compare(new KeyValue(7), new KeyValue(7L))).isNotZero();
        assertThat(order.compare(new KeyValue("d1"), new KeyValue("d1", 3L))).isNegative();
        assertThat(order.compare("a", "b")).isNegative(); // not keys: as H2 orders them
    }
}
