package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Axon event storage on MongoDB built for point access only: one document per event with
 * {@code _id = <draftId>/<seq>} ({@link EventDocuments}), so appends are inserts ({@link EventAppender}) and loads are
 * lookups by {@code _id} ({@link EventReader}): the only access the MongoDB-protocol server serves without a scan, and
 * the cheapest on real MongoDB. Snapshots are kept apart, one document per draft ({@link SnapshotStore}).
 *
 * <p>Appends of one event (every command here emits one) from concurrent commands are written together by
 * {@link GroupInsert}: one unordered {@code insertMany}, each document with its own outcome.
 *
 * <p>Guarantees: an append either stores the whole batch or reports {@link ConcurrencyException}; the
 * unique {@code _id} makes two writers of the same sequence number (on any number of nodes) collide, so
 * only one wins. Every stored event carries this node's {@link Incarnation} ({@code n}) and a number from its
 * {@link AppendCounter} ({@code c}); it is published once that incarnation's watermark passes the number (see
 * {@link PublicationLog}). The numbers of an insert that certainly failed are done at once, so they do not hold the
 * watermark back; those of an insert whose outcome is unknown (or not made durable) stay outstanding, for the
 * recovery of this incarnation to publish if the event turns out stored.
 * An append returns once the {@link Durability} says the batch is durable; only then does it go to the
 * {@link AppendListener} (the Kafka publisher), so the topic never holds an event the store could lose.
 * An event encoded larger than {@code maxEventBytes} is refused before it is stored ({@link EventTooLargeException}):
 * it could never be published.
 *
 * <p>A command sent with an idempotency key (metadata {@link #IDEMPOTENCY_KEY}) stores it on its first event
 * (field {@code k}, unique where present): a second execution of the same key, on any node, cannot store its
 * events and gets {@link IdempotencyKeyUsedException} with the event the first one stored.
 *
 * <p>Tracking processors are not supported: projections read Kafka, never this store.
 */
public class MongoEventStorageEngine implements EventStorageEngine {

    /** Command and event metadata: {@code <caller>/<Idempotency-Key>} of the request that sent the command. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Below the 1 MiB that Kafka's topic and producer accept by default, leaving room for the record's overhead. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 1_000_000;

    private final EventReader reader;
    private final EventAppender appender;
    private final SnapshotStore snapshots;

    public MongoEventStorageEngine(MongoCollection<Document> events, Incarnation incarnation, AppendListener listener) {
        this(events, incarnation, listener, null, Durability.NONE, DEFAULT_MAX_EVENT_BYTES);
    }

    /**
     * @param snapshots     where aggregate snapshots are kept; null keeps none
     * @param durability    what makes an append durable before it is acknowledged
     * @param maxEventBytes the largest encoded event (UTF-8 bytes of its envelope JSON) the topic accepts
     */
    public MongoEventStorageEngine(MongoCollection<Document> events, Incarnation incarnation, AppendListener listener,
                                   SnapshotStore snapshots, Durability durability, int maxEventBytes) {
        Objects.requireNonNull(events, "events collection");
        Objects.requireNonNull(incarnation, "incarnation");
        Objects.requireNonNull(listener, "append listener");
        Objects.requireNonNull(durability, "durability");
        if (maxEventBytes < 1) {
            throw new IllegalArgumentException("maxEventBytes must be positive, not " + maxEventBytes);
        }
        this.reader = new EventReader(events);
        this.appender = new EventAppender(events, incarnation, listener, durability, maxEventBytes, reader);
        this.snapshots = snapshots;
    }

    /** The indexes of the events collection ({@link EventDocuments#createIndexes}). Idempotent. */
    public static void createIndexes(MongoCollection<Document> events) {
        EventDocuments.createIndexes(events);
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> messages) {
        appender.append(messages);
    }

    @Override
    public DomainEventStream readEvents(String draftId, long firstSequenceNumber) {
        return reader.readEvents(draftId, firstSequenceNumber);
    }

    /** Whether the store holds the event {@code seq} of the draft (one point lookup). */
    public boolean hasEvent(String draftId, long seq) {
        return reader.hasEvent(draftId, seq);
    }

    /** The event a command with this idempotency key stored, if one did (a point lookup on the unique index). */
    public Optional<StoredEvent> eventWithKey(String key) {
        return reader.eventWithKey(key);
    }

    /** True when no event was ever stored (the local run loads the sample draft then). */
    public boolean isEmpty() {
        return reader.isEmpty();
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String draftId) {
        return reader.lastSequenceNumberFor(draftId);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        if (snapshots != null) {
            snapshots.store(snapshot);
        }
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return snapshots == null ? Optional.empty() : snapshots.read(aggregateIdentifier);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        throw new UnsupportedOperationException("projections read the Kafka topic, not the event store");
    }

    @Override
    public TrackingToken createTailToken() {
        throw new UnsupportedOperationException("projections read the Kafka topic, not the event store");
    }

    @Override
    public TrackingToken createHeadToken() {
        throw new UnsupportedOperationException("projections read the Kafka topic, not the event store");
    }
}
