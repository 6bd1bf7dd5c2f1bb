package org.plenary.command.store;

/**
 * An event whose encoding is larger than the topic accepts ({@code plenary.kafka.max-event-bytes}): refused before
 * it is stored, because it could never be published. The client's error (413): the change is too large.
 */
public class EventTooLargeException extends RuntimeException {

    private final int size;
    private final int limit;

    public EventTooLargeException(String eventType, int size, int limit) {
        super("the change makes a " + eventType + " of " + size + " bytes; events are limited to " + limit
                + " bytes (plenary.kafka.max-event-bytes): send a smaller change");
        this.size = size;
        this.limit = limit;
    }

    public int size() {
        return size;
    }

    public int limit() {
        return limit;
    }
}
