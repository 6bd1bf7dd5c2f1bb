package org.plenary.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every figure of one backend, in display order, with its summary key and ratio to a raw limit. */
final class BackendResult {

    /** One line of the table. */
    record Row(String measurement, String figure, double value, String unit, String key, String ratio) {
    }

    final String backend;
    final List<Row> rows = new ArrayList<>();
    final Map<String, Object> summary = new LinkedHashMap<>();
    final Map<String, Latencies> distributions = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    BackendResult(String backend) {
        this.backend = backend;
    }

    void add(String measurement, String figure, double value, String unit, String key, String ratio) {
        rows.add(new Row(measurement, figure, value, unit, key, ratio));
        if (key != null) {
            summary.put(key, Double.isNaN(value) ? null : round(value));
        }
    }

    static double round(double value) {
        return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100.0;
    }

    static String ratio(double value, double raw, String what) {
        if (Double.isNaN(value) || Double.isNaN(raw) || raw == 0) {
            return "";
        }
        double ratio = value / raw;
        return String.format(ratio < 0.1 ? "%.3f × %s" : "%.2f × %s", ratio, what);
    }
}
