package org.plenary.command.store;

import java.time.Duration;
import java.util.Objects;

/**
 * This run of this command node, as the outbox knows it: a random id (field {@code n} of the events it stores), the
 * {@link AppendCounter} that numbers them (field {@code c}) and its document in {@link PublicationMarks}. A new one
 * at every start, so a node never needs to know what an earlier run of it (or of another node) left: recovery
 * reads every other incarnation's document.
 */
public final class Incarnation implements AutoCloseable {

    private final String id;
    private final AppendCounter counter;
    private final PublicationMarks marks;
    /**
     * {@link PublicationMarks#nanoTime()} just before the last write of its document that succeeded: the {@code at}
     * stored then (this node's clock) is no older than this says.
     */
    private volatile long markedAt;

    Incarnation(String id, AppendCounter counter, PublicationMarks marks, long registeredAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.marks = Objects.requireNonNull(marks, "marks");
        this.markedAt = registeredAt;
    }

    public String id() {
        return id;
    }

    public AppendCounter counter() {
        return counter;
    }

    /** Writes its document: the watermark, and that it is alive (again, if another node retired it meanwhile). */
    public void mark(long watermark) {
        long before = marks.nanoTime();
        marks.advance(id, watermark);
        markedAt = before;
    }

    /** How long ago its document was last written, at the most. */
    public Duration sinceMarked() {
        return Duration.ofNanos(nanosSinceMarked());
    }

    private long nanosSinceMarked() {
        return marks.nanoTime() - markedAt;
    }

    /**
     * Called once events it stored are in the store, before the command is acknowledged. Another node takes this
     * incarnation for stopped when its document has not been written for a lease (a pause of this process or its
     * host stops the marker thread too): it publishes the events above the watermark and retires the document, and
     * no recovery looks for this incarnation's events any more. Events stored after that would be lost to Kafka
     * should this node then die before its marker writes again. So when the document may have been seen that old
     * (half a lease: the nodes' clocks may differ by less), it is written again here first, with a watermark no
     * higher than these events' numbers (they are not acknowledged yet). If the write fails, the command fails.
     *
     * <p>Why that is enough: another node retires this incarnation only after it has read its events above the
     * watermark, having found its document a lease old, and only if the document was not written since. An event
     * stored after that read is checked here later still: unless the document was written since (which keeps it, or
     * brings it back), it is then older than half a lease and is written here.
     */
    public void confirmRegistered() {
        if (nanosSinceMarked() > marks.lease().toNanos() / 2) { // in nanoseconds: once per append
            mark(counter.watermark());
        }
    }

    /**
     * Records the stop: the document goes when everything is published, else it stays, closed, for the next start
     * of any node to publish the rest at once (instead of after a lease).
     */
    @Override
    public void close() {
        long watermark = counter.watermark();
        if (watermark == counter.next()) {
            marks.retire(id);
        } else {
            marks.close(id, watermark);
        }
    }
}
