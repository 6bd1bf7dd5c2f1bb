package org.plenary.command.store;

/**
 * Makes the writes that completed before the call durable, so that a kill of the process at any instant after it
 * returns cannot lose them. The event store calls it after every append and before the command is acknowledged or
 * its events published; the idempotency records call it before a response is recorded as given.
 *
 * <p>{@link #NONE} where the database acknowledges only durable writes (a MongoDB replica set with
 * {@code w=majority&journal=true}). The local run supplies the embedded server's flush, a group commit: concurrent
 * callers share one write of the file.
 */
@FunctionalInterface
public interface Durability {

    /** For a database whose acknowledgement already means durable. */
    Durability NONE = () -> { };

    /** Returns once every write that completed before the call is durable; throws if that cannot be promised. */
    void awaitDurable();
}
