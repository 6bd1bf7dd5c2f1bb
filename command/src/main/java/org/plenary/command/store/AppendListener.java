package org.plenary.command.store;

import java.util.List;

/** Told of every batch the store has durably appended, in append order. */
@FunctionalInterface
public interface AppendListener {

    void appended(List<StoredEvent> events);

    /**
     * Called before events are stored: throws when the listener cannot take them (e.g. the publisher's backlog is
     * full while Kafka is away), so the command is refused instead of acknowledged. Default: always admits.
     */
    default void admit(int events) {
    }
}
