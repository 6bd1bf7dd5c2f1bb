package org.plenary.command.store;

import java.util.List;

/** Told of every batch the store has durably appended, in append order. */
@FunctionalInterface
public interface AppendListener {

    void appended(List<StoredEvent> events);
}
