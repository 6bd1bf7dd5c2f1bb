package org.plenary.command.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.plenary.command.store.EventDocuments.INCARNATION;
import static org.plenary.command.store.EventDocuments.KEY;
import static org.plenary.command.store.EventDocuments.NUMBER;

/**
 * The append side of {@link MongoEventStorageEngine}: events become documents (numbered by this incarnation's
 * {@link AppendCounter}), are inserted, made durable, then handed to the {@link AppendListener}.
 *
 * <p>Before the command is acknowledged, the incarnation's document is written again if another node may have
 * taken it for stopped meanwhile ({@link Incarnation#confirmRegistered()}).
 *
 * <p>An insert that certainly failed (a write error) marks its numbers done at once, so they do not hold the
 * watermark back; one whose outcome is unknown (or not made durable) leaves them outstanding, for the recovery of this
 * incarnation to publish if the event turns out stored. A duplicate {@code _id} is another command's write of the
 * same sequence number ({@link ConcurrencyException}), or, when the command's idempotency key is stored on another
 * event already, a second execution of that key ({@link IdempotencyKeyUsedException}).
 */
final class EventAppender {

    private final MongoCollection<Document> events;
    private final Incarnation incarnation;
    private final AppendListener listener;
    private final GroupInsert group;
    private final Durability durability;
    private final int maxEventBytes;
    private final EventReader reader;

    EventAppender(MongoCollection<Document> events, Incarnation incarnation, AppendListener listener,
                  Durability durability, int maxEventBytes, EventReader reader) {
        this.events = events;
        this.incarnation = incarnation;
        this.listener = listener;
        this.group = new GroupInsert(events);
        this.durability = durability;
        this.maxEventBytes = maxEventBytes;
        this.reader = reader;
    }

    void append(List<? extends EventMessage<?>> messages) {
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
            documents.add(EventDocuments.of(e));
        }
        Object key = messages.get(0).getMetaData().get(MongoEventStorageEngine.IDEMPOTENCY_KEY);
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
        incarnation.confirmRegistered(); // before the command is acknowledged: see there
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
            Optional<StoredEvent> first = reader.eventWithKey(key);
            if (first.isPresent() && !first.get().id().equals(event.id())) {
                return new IdempotencyKeyUsedException(key, first.get());
            }
        }
        if (category == ErrorCategory.DUPLICATE_KEY) {
            return new ConcurrencyException("event " + event.id() + " was already written by another command", cause);
        }
        return cause;
    }
}
