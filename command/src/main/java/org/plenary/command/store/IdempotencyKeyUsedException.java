package org.plenary.command.store;

/**
 * A command carrying an idempotency key that an event in the store already carries: the command was carried out
 * before (by this node or another, possibly one that stopped before recording its answer), so it is not carried
 * out again. Holds the stored event, from which the first answer can be given again.
 */
public class IdempotencyKeyUsedException extends RuntimeException {

    private final StoredEvent event;

    public IdempotencyKeyUsedException(String key, StoredEvent event) {
        super("the request with idempotency key " + key + " was carried out already (event " + event.id() + ")");
        this.event = event;
    }

    public StoredEvent event() {
        return event;
    }
}
