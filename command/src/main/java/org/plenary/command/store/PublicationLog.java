package org.plenary.command.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which stored events Kafka may not have acknowledged. An event is unpublished when
 * <ul>
 *   <li>its incarnation ({@code n}) still has a document in {@link PublicationMarks} and its number ({@code c}) is
 *   not below that incarnation's watermark, or</li>
 *   <li>it says so itself: {@code p: false}, the form of every event stored before the watermarks (and of an event
 *   Kafka refused for its size).</li>
 * </ul>
 * {@code p: true} (an event restored from the topic, or recovered and then acknowledged) is published whatever its
 * incarnation says. Acknowledgements of this node's appends cost no write per event: its watermark moves instead.
 */
public class PublicationLog {

    private final MongoCollection<Document> events;
    private final PublicationMarks marks;

    public PublicationLog(MongoCollection<Document> events, PublicationMarks marks) {
        this.events = Objects.requireNonNull(events, "events collection");
        this.marks = Objects.requireNonNull(marks, "publication marks");
    }

    public PublicationMarks marks() {
        return marks;
    }

    /** Records that these events are published: one unordered bulk update by {@code _id} ({@code p: true}). */
    public void markPublished(List<String> ids) {
        setPublished(ids, true);
    }

    /** Records that these events are not published, whatever their incarnation's watermark says ({@code p: false}). */
    public void markUnpublished(List<String> ids) {
        setPublished(ids, false);
    }

    private void setPublished(List<String> ids, boolean published) {
        if (ids.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> updates = new ArrayList<>(ids.size());
        for (String id : ids) {
            updates.add(new UpdateOneModel<>(Filters.eq(EventDocuments.ID, id),
                    Updates.set(EventDocuments.PUBLISHED, published)));
        }
        events.bulkWrite(updates, new BulkWriteOptions().ordered(false));
    }

    /** Every event not yet known to be published, ordered by draft and sequence. */
    public List<StoredEvent> unpublished() {
        return unpublished(marks.all(), true);
    }

    /**
     * The events of these incarnations at or above their watermarks, and every event marked {@code p: false},
     * ordered by draft and sequence. One query: a collection scan on the MongoDB-protocol server (start-up and
     * recovery only, never on the hot path), the {@code {n, c}} and {@code p} indexes on MongoDB.
     *
     * @param withUnmarked whether to include the events marked {@code p: false} (at start; not in the sweeps while
     *                     running, which would send an event Kafka refused for its size again and again)
     */
    public List<StoredEvent> unpublished(List<PublicationMarks.Mark> of, boolean withUnmarked) {
        List<Bson> clauses = new ArrayList<>();
        if (withUnmarked) {
            clauses.add(Filters.eq(EventDocuments.PUBLISHED, false));
        }
        for (PublicationMarks.Mark mark : of) {
            clauses.add(Filters.and(Filters.eq(EventDocuments.INCARNATION, mark.incarnation()),
                    Filters.gte(EventDocuments.NUMBER, mark.watermark())));
        }
        List<StoredEvent> result = new ArrayList<>();
        if (clauses.isEmpty()) {
            return result;
        }
        for (Document document : events.find(clauses.size() == 1 ? clauses.get(0) : Filters.or(clauses))) {
            if (!document.getBoolean(EventDocuments.PUBLISHED, false)) {
                result.add(EventDocuments.toStored(document));
            }
        }
        result.sort(Comparator.comparing(StoredEvent::draftId).thenComparingLong(StoredEvent::seq));
        return result;
    }

    /** The watermark of each incarnation that has one, to decide with {@link #isUnpublished} document by document. */
    public Map<String, Long> watermarks() {
        Map<String, Long> result = new HashMap<>();
        for (PublicationMarks.Mark mark : marks.all()) {
            result.put(mark.incarnation(), mark.watermark());
        }
        return result;
    }

    /** Whether a stored event document may not have been published (the rule of this class). */
    public static boolean isUnpublished(Document document, Map<String, Long> watermarks) {
        Boolean published = document.getBoolean(EventDocuments.PUBLISHED);
        if (published != null) {
            return !published;
        }
        String incarnation = document.getString(EventDocuments.INCARNATION);
        Long watermark = incarnation == null ? null : watermarks.get(incarnation);
        Number number = document.get(EventDocuments.NUMBER, Number.class);
        return watermark != null && number != null && number.longValue() >= watermark;
    }
}
