package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Which stored events Kafka has acknowledged: the outbox state kept on the event documents themselves
 * (field {@code p}), so publishing costs one bulk update per batch and no extra documents.
 */
public class PublicationLog {

    private final MongoCollection<Document> events;

    public PublicationLog(MongoCollection<Document> events) {
        this.events = Objects.requireNonNull(events, "events collection");
    }

    /** Records that Kafka acknowledged these events: one unordered bulk write of updates by {@code _id}. */
    public void markPublished(List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> updates = new ArrayList<>(ids.size());
        for (String id : ids) {
            updates.add(new UpdateOneModel<>(Filters.eq(MongoEventStorageEngine.ID, id),
                    Updates.set(MongoEventStorageEngine.PUBLISHED, true)));
        }
        events.bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    /**
     * Every event not yet acknowledged by Kafka, ordered by draft and sequence. A collection scan: for
     * start-up recovery only, never on the hot path.
     */
    public List<StoredEvent> unpublished() {
        List<StoredEvent> result = new ArrayList<>();
        for (Document document : events.find(Filters.eq(MongoEventStorageEngine.PUBLISHED, false))) {
            result.add(MongoEventStorageEngine.toStored(document));
        }
        result.sort(Comparator.comparing(StoredEvent::draftId).thenComparingLong(StoredEvent::seq));
        return result;
    }
}
