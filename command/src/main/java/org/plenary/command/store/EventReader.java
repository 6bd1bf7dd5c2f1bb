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

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.plenary.command.store.EventDocuments.ENVELOPE;
import static org.plenary.command.store.EventDocuments.ID;
import static org.plenary.command.store.EventDocuments.KEY;
import static org.plenary.command.store.EventDocuments.SEQ;

/**
 * The read side of {@link MongoEventStorageEngine}, by {@code _id} or a unique index only (the MongoDB-protocol
 * server scans for anything else, ranges of {@code _id} included): a draft's events are the keys
 * {@code <draftId>/0, /1, …} up to the first one missing, read in pages of keys ({@code _id: {$in: […]}}, which the
 * server answers from its {@code _id} index) when the stream reaches them, so a load that starts from a snapshot
 * reads only the events after it. Pages start small (a load from a recent snapshot needs a few events) and double
 * up to {@link #LARGEST_PAGE}: one round trip per event made the snapshotter's reload of 250 events three quarters of
 * its time (docs/BENCHMARKS.md, fourth session).
 */
final class EventReader {

    private static final String AGGREGATE_TYPE = "DraftResolution";
    static final int FIRST_PAGE = 16;
    static final int LARGEST_PAGE = 512;

    private final MongoCollection<Document> events;

    EventReader(MongoCollection<Document> events) {
        this.events = events;
    }

    DomainEventStream readEvents(String draftId, long firstSequenceNumber) {
        Stream<DomainEventMessage<?>> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(
                        documents(draftId, firstSequenceNumber), Spliterator.ORDERED), false)
                .map(document -> toMessage(document.getString(ENVELOPE)));
        return DomainEventStream.of(stream);
    }

    /** The draft's event documents from {@code first} on, in order, up to the first sequence number missing. */
    Iterator<Document> documents(String draftId, long first) {
        return new Iterator<>() {
            private long next = first;
            private int pageSize = FIRST_PAGE;
            private Iterator<Document> page = Collections.emptyIterator();
            private boolean done;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !done) {
                    List<Document> read = page(draftId, next, pageSize);
                    done = read.size() < pageSize;
                    next += read.size();
                    pageSize = Math.min(LARGEST_PAGE, pageSize * 2);
                    page = read.iterator();
                }
                return page.hasNext();
            }

            @Override
            public Document next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.next();
            }
        };
    }

    /** The events {@code from, from + 1, …} of a draft, at most {@code count}, ending before the first one missing. */
    private List<Document> page(String draftId, long from, int count) {
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(StoredEvent.key(draftId, from + i));
        }
        Map<Long, Document> bySeq = new HashMap<>();
        for (Document document : events.find(Filters.in(ID, keys))) {
            bySeq.put(document.getLong(SEQ), document);
        }
        List<Document> inOrder = new ArrayList<>(bySeq.size());
        for (long seq = from; bySeq.containsKey(seq); seq++) {
            inOrder.add(bySeq.get(seq));
        }
        return inOrder;
    }

    private static DomainEventMessage<?> toMessage(String json) {
        EventEnvelope envelope = EventCodec.decode(json);
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, envelope.draftId(), envelope.seq(), envelope.event(),
                MetaData.emptyInstance(), envelope.eventId(), envelope.event().at());
    }

    Optional<Long> lastSequenceNumberFor(String draftId) {
        long seq = -1;
        for (Iterator<Document> documents = documents(draftId, 0); documents.hasNext(); documents.next()) {
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
