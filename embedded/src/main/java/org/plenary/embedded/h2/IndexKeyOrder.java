package org.plenary.embedded.h2;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The order of the keys of a unique index in the H2 file, compared without serializing them (and written as
 * {@link StoredForm} writes them). H2 knows no order for mongo-java-server's {@link KeyValue}, so its default type
 * compared two keys by Java-serializing both, a new {@link java.io.ObjectOutputStream} each, at every step of every
 * binary search: 72 % of the MongoDB-protocol server's samples in the file backend's throughput
 * (docs/BENCHMARKS.md, "The H2 file's own costs").
 *
 * <p>The order: key by key, the values first by kind (null, strings, longs, integers, doubles, anything else), then
 * by value; anything else as H2's {@link org.h2.mvstore.type.ObjectDataType} orders it
 * (serialized, as before). It is total, and two keys compare equal exactly
 * when they are {@link KeyValue#equals equal} (an integer 7 and a long 7 stay different keys, as they were). It
 * differs from the order of an index written before, so such an index is copied into a map of its own once
 * ({@link TypedIndexH2Backend}).
 */
public final class IndexKeyOrder extends StoredForm {

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            return compareKeys(x, y);
        }
        return super.compare(a, b);
    }

    private int compareKeys(KeyValue x, KeyValue y) {
        int common = Math.min(x.size(), y.size());
        for (int i = 0; i < common; i++) {
            int c = compareValues(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    private int compareValues(Object a, Object b) {
        int kind = kind(a);
        int other = kind(b);
        if (kind != other) {
            return Integer.compare(kind, other);
        }
        return switch (kind) {
            case 0 -> 0;
            case 1 -> ((String) a).compareTo((String) b);
            case 2 -> Long.compare((Long) a, (Long) b);
            case 3 -> Integer.compare((Integer) a, (Integer) b);
            case 4 -> Double.compare((Double) a, (Double) b);
            default -> super.compare(a, b);
        };
    }

    private static int kind(Object value) {
        if (value == null) {
            return 0;
        }
        if (value instanceof String) {
            return 1;
        }
        if (value instanceof Long) {
            return 2;
        }
        if (value instanceof Integer) {
            return 3;
        }
        if (value instanceof Double) {
            return 4;
        }
        return 5;
    }
}
