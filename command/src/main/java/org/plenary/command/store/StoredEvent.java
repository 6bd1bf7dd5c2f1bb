package org.plenary.command.store;

/**
 * An event as written to the store: its key {@code <draftId>/<seq>} and its envelope JSON, the exact
 * bytes that are published to Kafka.
 */
public record StoredEvent(String id, String draftId, long seq, String json) {

    public static String key(String draftId, long seq) {
        return draftId + "/" + seq;
    }
}
