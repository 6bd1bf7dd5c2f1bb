package org.plenary.command.store;

/**
 * An event as written to the store: its key {@code <draftId>/<seq>} and its envelope JSON, the exact
 * bytes that are published to Kafka; {@code number} is the {@link AppendCounter} number this node's publisher marks
 * done when Kafka acknowledges it, {@link #UNNUMBERED} for an event no counter of this node waits for.
 */
public record StoredEvent(String id, String draftId, long seq, String json, long number) {

    public static final long UNNUMBERED = -1;

    public StoredEvent(String id, String draftId, long seq, String json) {
        this(id, draftId, seq, json, UNNUMBERED);
    }

    /** The same event, numbered by this node's counter. */
    public StoredEvent numbered(long n) {
        return new StoredEvent(id, draftId, seq, json, n);
    }

    public static String key(String draftId, long seq) {
        return draftId + "/" + seq;
    }
}
