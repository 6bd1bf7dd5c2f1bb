package org.plenary.command.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.plenary.shared.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Aggregate snapshots, one document per aggregate keyed by its id ({@code {_id, s: seq, t: type, a: json}}),
 * so loading a long draft that is not in the cache reads one snapshot plus the events after it instead of
 * every event. A snapshot that no longer reads (the aggregate's fields changed) is ignored: the aggregate is
 * then rebuilt from all its events, which is always correct.
 */
public class SnapshotStore {

    private static final Logger log = LoggerFactory.getLogger(SnapshotStore.class);

    private final MongoCollection<Document> snapshots;
    private final Class<?> aggregateType;
    private final ObjectMapper mapper = Json.configure(new ObjectMapper());

    public SnapshotStore(MongoCollection<Document> snapshots, Class<?> aggregateType) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots collection");
        this.aggregateType = Objects.requireNonNull(aggregateType, "aggregate type");
    }

    /**
     * A snapshot as it will be stored: the draft written as JSON at its sequence number. Taking it is the part that
     * must see the draft unchanged ({@link DraftSnapshotter} holds the draft's lock for it); storing it is not.
     */
    public record Taken(String aggregateId, long seq, String type, Instant at, String json) {
    }

    /** The snapshot of {@code snapshot}'s payload, the aggregate, written now. */
    public Taken take(DomainEventMessage<?> snapshot) {
        if (!aggregateType.isInstance(snapshot.getPayload())) {
            throw new IllegalArgumentException("not a snapshot of " + aggregateType.getSimpleName() + ": "
                    + snapshot.getPayloadType());
        }
        String id = snapshot.getAggregateIdentifier();
        try {
            return new Taken(id, snapshot.getSequenceNumber(), snapshot.getType(), snapshot.getTimestamp(),
                    mapper.writeValueAsString(snapshot.getPayload()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize the snapshot of " + id, e);
        }
    }

    /** Keeps the snapshot unless a later one is stored already. */
    public void store(DomainEventMessage<?> snapshot) {
        store(take(snapshot));
    }

    /** Keeps the snapshot unless a later one is stored already. */
    public void store(Taken snapshot) {
        String id = snapshot.aggregateId();
        Document current = snapshots.find(Filters.eq("_id", id)).first();
        if (current != null && current.getLong("s") >= snapshot.seq()) {
            return;
        }
        snapshots.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("s", snapshot.seq())
                .append("t", snapshot.type()).append("at", snapshot.at().toString())
                .append("a", snapshot.json()), new ReplaceOptions().upsert(true));
    }

    public Optional<DomainEventMessage<?>> read(String aggregateId) {
        Document document = snapshots.find(Filters.eq("_id", aggregateId)).first();
        if (document == null) {
            return Optional.empty();
        }
        long seq = document.getLong("s");
        try {
            Object aggregate = mapper.readValue(document.getString("a"), aggregateType);
            return Optional.of(new GenericDomainEventMessage<>(document.getString("t"), aggregateId, seq, aggregate,
                    MetaData.emptyInstance(), "snapshot-" + aggregateId + "-" + seq, Instant.parse(document.getString("at"))));
        } catch (JsonProcessingException | RuntimeException e) {
            log.warn("Ignoring the snapshot of {} at seq {} ({}); loading all its events", aggregateId, seq, e.toString());
            return Optional.empty();
        }
    }
}
