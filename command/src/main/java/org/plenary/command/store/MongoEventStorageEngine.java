package org.plenary.command.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Axon event storage on MongoDB built for point access only: one document per event with
 * {@code _id = <draftId>/<seq>}, so appends are inserts and loads are lookups by {@code _id}
 * (the only access the MongoDB-protocol server serves without a scan, and the cheapest on real MongoDB).
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

    static final String ID = "_id";
    static final String DRAFT = "d";
    static final String SEQ = "s";
    static final String ENVELOPE = "e";
    static final String PUBLISHED = "p";
    static final String KEY = "k";
    static final String INCARNATION = "n";
    static final String NUMBER = "c";
    /** Command and event metadata: {@code <caller>/<Idempotency-Key>} of the request that sent the command. */
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /** Below the 1 MiB that Kafka's topic and producer accept by default, leaving room for the record's overhead. */
    public static final int DEFAULT_MAX_EVENT_BYTES = 1_000_000;
    private static final String AGGREGATE_TYPE = "DraftResolution";

    private final MongoCollection<Document> events;
    private final Incarnation incarnation;
    private final AppendListener listener;
    private final GroupInsert group;
    private final SnapshotStore snapshots;
    private final Durability durability;
    private final int maxEventBytes;

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
        this.events = Objects.requireNonNull(events, "events collection");
        this.incarnation = Objects.requireNonNull(incarnation, "incarnation");
        this.listener = Objects.requireNonNull(listener, "append listener");
        this.group = new GroupInsert(events);
        this.snapshots = snapshots;
        this.durability = Objects.requireNonNull(durability, "durability");
        if (maxEventBytes < 1) {
            throw new IllegalArgumentException("maxEventBytes must be positive, not " + maxEventBytes);
        }
        this.maxEventBytes = maxEventBytes;
    }

    /**
     * The index that makes an idempotency key usable once: unique where present ({@code sparse}), so events of
     * commands without a key cost it nothing; and the two that recovery reads by on MongoDB, an incarnation's events
     * from its watermark ({@code n, c}) and those marked {@code p} (events stored before the watermarks, sparse). The
     * MongoDB-protocol server keeps no index that is not unique (it scans instead), so these two cost it nothing.
     * Idempotent.
     */
    public static void createIndexes(MongoCollection<Document> events) {
        events.createIndex(Indexes.ascending(KEY), new IndexOptions().unique(true).sparse(true));
        events.createIndex(Indexes.ascending(INCARNATION, NUMBER), new IndexOptions().sparse(true));
        events.createIndex(Indexes.ascending(PUBLISHED), new IndexOptions().sparse(true));
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        List<StoredEvent> stored = new ArrayList<>(messages.size());
        List<Document> documents = new ArrayList<>(messages.size());
        for (EventMessage<?> message : messages) {
            if (!(message instanceof DomainEventMessage<?> domain) || !(message.getPayload() instanceof DraftEvent event)) {
                throw new IllegalArgumentException("only draft events of aggregates are stored, not " + message.getPayloadType());
            }
            String json = EventCodec.encode(new EventEnvelope(message.getIdentifier(), domain.getAggregateIdentifier(),
                    domain.getSequenceNumber(), event));
            checkSize(json, event);
            StoredEvent e = new StoredEvent(StoredEvent.key(domain.getAggregateIdentifier(), domain.getSequenceNumber()),
                    domain.getAggregateIdentifier(), domain.getSequenceNumber(), json);
            stored.add(e);
            documents.add(new Document(ID, e.id()).append(DRAFT, e.draftId()).append(SEQ, e.seq())
                    .append(ENVELOPE, json));
        }
        Object key = messages.get(0).getMetaData().get(IDEMPOTENCY_KEY);
        if (key != null) {
            documents.get(0).append(KEY, key.toString());
        }
        listener.admit(stored.size());
        long first = incarnation.counter().assign(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            documents.get(i).append(INCARNATION, incarnation.id()).append(NUMBER, first + i);
            stored.set(i, stored.get(i).numbered(first + i));
        }
        insert(documents, stored, key == null ? null : key.toString(), first);
        durability.awaitDurable(); // if it throws, the numbers stay outstanding: recovery publishes what is stored
        listener.appended(stored);
    }

    /** Encoded size in UTF-8 without encoding twice: characters above U+007F are rare in this JSON, so count them. */
    private void checkSize(String json, DraftEvent event) {
        if (json.length() * 3L <= maxEventBytes) {
            return;
        }
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        if (size > maxEventBytes) {
            throw new EventTooLargeException(event.getClass().getSimpleName(), size, maxEventBytes);
        }
    }

    private void insert(List<Document> documents, List<StoredEvent> stored, String key, long first) {
        try {
            if (documents.size() == 1) {
                group.insert(documents.get(0)); // one insert for the appends of concurrent commands
            } else {
                events.insertMany(documents);
            }
        } catch (GroupInsert.DocumentRejected e) {
            incarnation.counter().done(first); // this document got a write error: it is not stored
            throw translate(ErrorCategory.fromErrorCode(e.error.getCode()), stored.get(0), e, key);
        } catch (MongoWriteException e) {
            incarnation.counter().done(first);
            throw translate(e.getError().getCategory(), stored.get(0), e, key);
        } catch (MongoBulkWriteException e) {
            if (documents.size() > 1 && e.getWriteConcernError() == null && !e.getWriteErrors().isEmpty()) {
                // an ordered insert stops at its first error: the documents before it are stored, the rest are not
                int failed = e.getWriteErrors().get(0).getIndex();
                incarnation.counter().done(first + failed, documents.size() - failed);
            }
            ErrorCategory category = e.getWriteErrors().isEmpty() ? ErrorCategory.UNCATEGORIZED
                    : ErrorCategory.fromErrorCode(e.getWriteErrors().get(0).getCode());
            throw translate(category, stored.get(e.getWriteErrors().isEmpty() ? 0 : e.getWriteErrors().get(0).getIndex()), e, key);
        }
    }

    private RuntimeException translate(ErrorCategory category, StoredEvent event, RuntimeException cause, String key) {
        if (category == ErrorCategory.DUPLICATE_KEY && key != null) {
            Optional<StoredEvent> first = eventWithKey(key);
            if (first.isPresent() && !first.get().id().equals(event.id())) {
                return new IdempotencyKeyUsedException(key, first.get());
            }
        }
        if (category == ErrorCategory.DUPLICATE_KEY) {
            return new ConcurrencyException("event " + event.id() + " was already written by another command", cause);
        }
        return cause;
    }

    @Override
    public DomainEventStream readEvents(String draftId, long firstSequenceNumber) {
        Iterator<DomainEventMessage<?>> iterator = new Iterator<>() {
            private long next = firstSequenceNumber;
            private DomainEventMessage<?> peeked;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (peeked == null && !done) {
                    Document document = events.find(Filters.eq(ID, StoredEvent.key(draftId, next))).first();
                    if (document == null) {
                        done = true;
                    } else {
                        peeked = toMessage(document.getString(ENVELOPE));
                        next++;
                    }
                }
                return peeked != null;
            }

            @Override
            public DomainEventMessage<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                DomainEventMessage<?> result = peeked;
                peeked = null;
                return result;
            }
        };
        Stream<DomainEventMessage<?>> stream =
                StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
        return DomainEventStream.of(stream);
    }

    static DomainEventMessage<?> toMessage(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, envelope.draftId(), envelope.seq(), envelope.event(),
                MetaData.emptyInstance(), envelope.eventId(), envelope.event().at());
    }

    static StoredEvent toStored(Document document) {
        return new StoredEvent(document.getString(ID), document.getString(DRAFT), document.getLong(SEQ),
                document.getString(ENVELOPE));
    }

    /** Whether the store holds the event {@code seq} of the draft (one point lookup). */
    public boolean hasEvent(String draftId, long seq) {
        return events.find(Filters.eq(ID, StoredEvent.key(draftId, seq))).projection(new Document(ID, 1)).first() != null;
    }

    /** The event a command with this idempotency key stored, if one did (a point lookup on the unique index). */
    public Optional<StoredEvent> eventWithKey(String key) {
        Document document = events.find(Filters.eq(KEY, key)).first();
        return document == null ? Optional.empty() : Optional.of(toStored(document));
    }

    /** True when no event was ever stored (the local run loads the sample draft then). */
    public boolean isEmpty() {
        return events.find().limit(1).first() == null;
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
    public Optional<Long> lastSequenceNumberFor(String draftId) {
        long seq = -1;
        while (events.find(Filters.eq(ID, StoredEvent.key(draftId, seq + 1))).first() != null) {
            seq++;
        }
        return seq < 0 ? Optional.empty() : Optional.of(seq);
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
