package org.plenary.shared.draft;

/**
 * A stored event with its place in the draft's stream: the unit written to the event store and
 * published to Kafka (keyed by draft id).
 *
 * @param eventId unique id of the event (also Axon's message identifier)
 * @param seq     0-based sequence number in the draft's stream
 */
public record EventEnvelope(String eventId, String draftId, long seq, DraftEvent event) {

    /** The draft version this event produces: the number of events up to and including it. */
    public long version() {
        return seq + 1;
    }

    public String type() {
        return event.getClass().getSimpleName();
    }
}
