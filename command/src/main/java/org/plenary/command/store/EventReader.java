package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.plenary.command.store.EventDocuments.ENVELOPE;
import static org.plenary.command.store.EventDocuments.ID;
import static org.plenary.command.store.EventDocuments.KEY;

/**
 * The read side of {@link MongoEventStorageEngine}, by {@code _id} or a unique index only (the MongoDB-protocol
 * server scans for anything else): a draft's events are the lookups {@code <draftId>/0, /1, …} until one is missing,
 * each read when the stream reaches it, so a load that starts from a snapshot reads only the events after it.
 */
final class EventReader {

    private static final String AGGREGATE_TYPE = "DraftResolution";

    private final MongoCollection<Document> events;

    EventReader(MongoCollection<Document> events) {
        this.events = events;
    }

    DomainEventStream readEvents(String draftId, long firstSequenceNumber) {
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

    private static DomainEventMessage<?> toMessage(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, envelope.draftId(), envelope.seq(), envelope.event(),
                MetaData.emptyInstance(), envelope.eventId(), envelope.event().at());
    }

    Optional<Long> lastSequenceNumberFor(String draftId) {
        long seq = -1;
        while (events.find(Filters.eq(ID, StoredEvent.key(draftId, seq + 1))).first() != null) {
            seq++;
        }
        return seq < 0 ? Optional.empty() : Optional.of(seq);
    }

    boolean hasEvent(String draftId, long seq) {
        return events.find(Filters.eq(ID, StoredEvent.key(draftId, seq))).projection(new Document(ID, 1)).first() != null;
    }

    Optional<StoredEvent> eventWithKey(String key) {
        Document document = events.find(Filters.eq(KEY, key)).first();
        return document == null ? Optional.empty() : Optional.of(EventDocuments.toStored(document));
    }

    boolean isEmpty() {
        return events.find().limit(1).first() == null;
    }
}
