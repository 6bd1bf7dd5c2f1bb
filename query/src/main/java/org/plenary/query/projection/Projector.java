package org.plenary.query.projection;

import org.plenary.shared.draft.EventEnvelope;

/**
 * Builds one {@link Projection} from the events a {@link ProjectionRun} hands it: in sequence per draft, each
 * exactly once whatever Kafka delivers (the run drops duplicates and holds events back until a gap is filled).
 * Keeps its changes in memory until {@link #flush()}. Used by one thread.
 */
public interface Projector {

    /**
     * Applies the next event of a draft.
     *
     * @param draft    the draft after the event; read it now, or keep it and read it at {@link #flush()}, when it is
     *                 the draft after the last event applied (the run's working state: read only)
     * @param envelope the event, decoded
     * @param json     the envelope as it was on the topic
     */
    void apply(DraftState draft, EventEnvelope envelope, String json);

    /** Writes every change since the last flush. */
    void flush();

    /**
     * Writes the changes no later event can alter (a full history bucket, a checkpoint) and keeps the rest for
     * {@link #flush()}: a replay calls it every few thousand events so that it writes each document once. By
     * default nothing is final before the flush.
     */
    default void flushCompleted() {
    }

    /** Forgets everything it holds in memory, written or not (after a rebalance, or once a replay wrote a partition). */
    void reset();
}
