package org.plenary.bench;

import org.HdrHistogram.Histogram;

/** A latency distribution in microseconds (HdrHistogram, 3 significant digits), read out in milliseconds. */
final class Latencies {

    private final Histogram histogram = new Histogram(120_000_000L, 3);

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(0, Math.min(nanos / 1000, 120_000_000L)));
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    synchronized double percentileMs(double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    synchronized double maxMs() {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getMaxValue() / 1000.0;
    }

    synchronized Histogram copy() {
        return histogram.copy();
    }
}
