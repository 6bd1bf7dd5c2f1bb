package org.plenary.query.projection;

/**
 * Makes the projection writes that completed before the call durable; the live consumer calls it after writing a
 * batch and before committing its offsets, so a kill of the process can never leave offsets committed past writes
 * the database lost. {@link #NONE} where the database acknowledges only durable writes (a replica set with
 * {@code w=majority&journal=true}); the local run supplies the embedded server's flush (one group commit per batch).
 */
@FunctionalInterface
public interface ProjectionDurability {

    ProjectionDurability NONE = () -> { };

    /** Returns once every write that completed before the call is durable; throws if that cannot be promised. */
    void awaitDurable();
}
