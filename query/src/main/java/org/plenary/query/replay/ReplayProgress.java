package org.plenary.query.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a replay has done: the projections it rebuilds, events read of the total on the topic when it started,
 * rate, estimated time left, and at the end the checksum per draft of the rebuilt and the live projections.
 */
public record ReplayProgress(State state, String phase, int generation, List<String> projections, long eventsDone,
                             long eventsTotal, double eventsPerSecond, Long etaSeconds, Instant startedAt,
                             Instant finishedAt, Map<String, DraftChecksum> checksums, Boolean allEqual, String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record DraftChecksum(String live, String rebuilt, boolean equal) {
    }

    public static ReplayProgress idle(List<String> projections) {
        return new ReplayProgress(State.IDLE, null, 0, projections, 0, 0, 0, null, null, null, null, null, null);
    }

    /** A replay under way, in {@code phase}, having read {@code eventsDone} events since {@code startedAt}. */
    static ReplayProgress running(String phase, int generation, List<String> projections, long eventsDone,
                                  long eventsTotal, Instant startedAt) {
        double rate = rate(eventsDone, startedAt);
        Long eta = rate <= 0 ? null : (long) Math.ceil(Math.max(0, eventsTotal - eventsDone) / rate);
        return new ReplayProgress(State.RUNNING, phase, generation, projections, eventsDone, eventsTotal, rate, eta,
                startedAt, null, null, null, null);
    }

    static double rate(long done, Instant started) {
        double seconds = Math.max(1e-3, Duration.between(started, Instant.now()).toNanos() / 1e9);
        return done / seconds;
    }
}
