package org.plenary.query.replay;

import java.time.Instant;
import java.util.Map;

/**
 * What a replay has done: events read of the total on the topic when it started, rate, estimated time
 * left, and at the end the checksum per draft of the rebuilt and the live projections.
 */
public record ReplayProgress(State state, String phase, int generation, long eventsDone, long eventsTotal,
                             double eventsPerSecond, Long etaSeconds, Instant startedAt, Instant finishedAt,
                             Map<String, DraftChecksum> checksums, Boolean allEqual, String error) {

    public enum State { IDLE, RUNNING, DONE, FAILED }

    public record DraftChecksum(String live, String rebuilt, boolean equal) {
    }

    public static ReplayProgress idle() {
        return new ReplayProgress(State.IDLE, null, 0, 0, 0, 0, null, null, null, null, null, null);
    }
}
