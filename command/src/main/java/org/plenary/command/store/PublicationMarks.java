package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;

/**
 * The publication watermark of each command-node incarnation: one small document per incarnation,
 * {@code {_id: <incarnation>, w: <watermark>, at: <last written>, v: <writes>, closed: <stopped>}}. Every event the incarnation
 * stored with a number {@code c < w} was acknowledged by Kafka (or certainly not stored); those at or above may not
 * have been. Written once per {@code plenary.publisher.mark-interval} while the watermark moves, and now and then
 * otherwise ({@code at} then says the node is alive). A document is removed (the incarnation <em>retired</em>) once
 * nothing of it is left to publish; an incarnation without a document has nothing to publish.
 *
 * <p>An incarnation silent for the {@code lease} is taken for stopped by the other nodes, which publish what it left
 * and retire it. A node that was only stalled for that long (a pause of its process or its host) writes its document
 * again before it acknowledges anything it stores afterwards ({@link Incarnation#confirmRegistered()}).
 */
public class PublicationMarks {

    static final String WATERMARK = "w";
    static final String AT = "at";
    static final String CLOSED = "closed";
    static final String VERSION = "v";

    /** One incarnation's watermark as read. */
    public record Mark(String incarnation, long watermark, Instant at, long version, boolean closed) {

        /** Its node stopped (cleanly), or has not written for a lease: nobody else will publish its events. */
        public boolean abandoned(Instant now, Duration lease) {
            return closed || at.plus(lease).isBefore(now);
        }
    }

    private final MongoCollection<Document> marks;
    private final Duration lease;
    private final LongSupplier nanoTime;

    /** @param lease how long an incarnation may stay silent before the others take it for stopped */
    public PublicationMarks(MongoCollection<Document> marks, Duration lease) {
        this(marks, lease, System::nanoTime);
    }

    /** @param nanoTime this node's monotonic clock, as {@link System#nanoTime()} (tests move it by hand) */
    PublicationMarks(MongoCollection<Document> marks, Duration lease, LongSupplier nanoTime) {
        this.marks = Objects.requireNonNull(marks, "marks collection");
        if (lease.isNegative() || lease.isZero()) {
            throw new IllegalArgumentException("lease must be positive, not " + lease);
        }
        this.lease = lease;
        this.nanoTime = Objects.requireNonNull(nanoTime, "clock");
    }

    /** This node's monotonic clock, in nanoseconds. */
    long nanoTime() {
        return nanoTime.getAsLong();
    }

    /** How long an incarnation may stay silent before the others take it for stopped. */
    public Duration lease() {
        return lease;
    }

    /**
     * A new incarnation with nothing acknowledged yet. Its document is written before it hands out a number, so no
     * event can carry an incarnation that recovery does not know of.
     */
    public Incarnation register() {
        long before = nanoTime();
        Incarnation incarnation = new Incarnation(UUID.randomUUID().toString(), new AppendCounter(), this, before);
        marks.insertOne(new Document("_id", incarnation.id()).append(WATERMARK, 0L).append(AT, new Date())
                .append(VERSION, 0L).append(CLOSED, false));
        return incarnation;
    }

    /**
     * Moves the incarnation's watermark and says it is alive; writes the document again if it was retired. Its node
     * writes it through {@link Incarnation#mark(long)}, which records when.
     */
    void advance(String incarnation, long watermark) {
        write(incarnation, watermark, false);
    }

    /** The incarnation stopped: its events at or above {@code watermark} are for the next start to publish. */
    public void close(String incarnation, long watermark) {
        write(incarnation, watermark, true);
    }

    private void write(String incarnation, long watermark, boolean closed) {
        Bson written = Updates.combine(Updates.set(WATERMARK, watermark), Updates.set(AT, new Date()),
                Updates.inc(VERSION, 1L));
        marks.updateOne(Filters.eq("_id", incarnation), closed ? Updates.combine(written, Updates.set(CLOSED, true)) : written,
                new UpdateOptions().upsert(true));
    }

    /** Every incarnation that may have something to publish. */
    public List<Mark> all() {
        List<Mark> result = new ArrayList<>();
        for (Document document : marks.find()) {
            Date at = document.getDate(AT);
            Number version = document.get(VERSION, Number.class);
            result.add(new Mark(document.getString("_id"), document.get(WATERMARK, Number.class).longValue(),
                    at == null ? Instant.EPOCH : at.toInstant(), version == null ? 0 : version.longValue(),
                    document.getBoolean(CLOSED, false)));
        }
        return result;
    }

    /**
     * Removes the incarnation's document if it was not written since it was read as {@code mark}: an incarnation
     * taken for stopped that writes again (a node that was only slow) keeps its document.
     */
    public boolean retire(Mark mark) {
        return marks.deleteOne(Filters.and(Filters.eq("_id", mark.incarnation()), Filters.eq(VERSION, mark.version())))
                .getDeletedCount() == 1;
    }

    /** Removes the incarnation's own document: it has nothing left to publish. */
    void retire(String incarnation) {
        marks.deleteOne(Filters.eq("_id", incarnation));
    }
}
