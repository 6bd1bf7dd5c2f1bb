package org.plenary.command.store;

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

    Incarnation(String id, AppendCounter counter, PublicationMarks marks) {
        this.id = Objects.requireNonNull(id, "id");
        this.counter = Objects.requireNonNull(counter, "counter");
        this.marks = Objects.requireNonNull(marks, "marks");
    }

    public String id() {
        return id;
    }

    public AppendCounter counter() {
        return counter;
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
