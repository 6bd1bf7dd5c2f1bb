package org.plenary.command.store;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Projections;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts back into the event store what the topic holds and the store lacks (a store that lost acknowledged writes,
 * or was restored from an older backup). An event on the topic was published, so it was decided: it is restored as
 * it was, published ({@code p: true}), and never replaced by a new decision. Checks a batch with one {@code $in} on
 * {@code _id}.
 */
public class EventRestorer {

    /** What one batch found: events restored, events found unpublished but on the topic, events that differ. */
    public record Outcome(int restored, int markedPublished, List<String> diverged) {
    }

    private static final InsertManyOptions UNORDERED = new InsertManyOptions().ordered(false);

    private final MongoCollection<Document> events;
    private final PublicationLog publicationLog;

    public EventRestorer(MongoCollection<Document> events, PublicationLog publicationLog) {
        this.events = Objects.requireNonNull(events, "events collection");
        this.publicationLog = Objects.requireNonNull(publicationLog, "publication log");
    }

    /** @param onTopic events as read from the topic (their JSON exactly as published) */
    public Outcome restore(List<StoredEvent> onTopic) {
        if (onTopic.isEmpty()) {
            return new Outcome(0, 0, List.of());
        }
        Map<String, StoredEvent> byId = new HashMap<>();
        for (StoredEvent event : onTopic) {
            byId.putIfAbsent(event.id(), event); // a duplicate delivery on the topic is the same event
        }
        Map<String, Document> stored = new HashMap<>();
        Map<String, Long> watermarks = null;
        for (Document document : events.find(Filters.in(EventDocuments.ID, byId.keySet()))
                .projection(Projections.include(EventDocuments.ENVELOPE, EventDocuments.PUBLISHED,
                        EventDocuments.INCARNATION, EventDocuments.NUMBER))) {
            stored.put(document.getString(EventDocuments.ID), document);
        }
        List<Document> missing = new ArrayList<>();
        List<String> unmarked = new ArrayList<>();
        List<String> diverged = new ArrayList<>();
        for (StoredEvent event : byId.values()) {
            Document document = stored.get(event.id());
            if (document == null) {
                missing.add(EventDocuments.of(event).append(EventDocuments.PUBLISHED, true));
            } else if (!event.json().equals(document.getString(EventDocuments.ENVELOPE))) {
                diverged.add(event.id());
            } else {
                if (watermarks == null) {
                    watermarks = publicationLog.watermarks();
                }
                if (PublicationLog.isUnpublished(document, watermarks)) {
                    unmarked.add(event.id()); // the topic has it: recovery need not send it again
                }
            }
        }
        int restored = insert(missing);
        publicationLog.markPublished(unmarked);
        return new Outcome(restored, unmarked.size(), diverged);
    }

    private int insert(List<Document> missing) {
        if (missing.isEmpty()) {
            return 0;
        }
        try {
            events.insertMany(missing, UNORDERED);
            return missing.size();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != 11000) {
                    throw e;
                }
            }
            return missing.size() - e.getWriteErrors().size(); // a duplicate: another node restored it meanwhile
        }
    }
}
