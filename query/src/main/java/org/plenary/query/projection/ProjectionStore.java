package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * MongoDB access of the projections, by {@code _id} only: drafts keyed by draft id, history buckets keyed
 * {@code <draftId>/<bucket>}. Writes are bulk upserts of whole documents, so re-applying a batch after a
 * crash writes the same documents again.
 */
public class ProjectionStore {

    private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final ObjectMapper mapper = Json.mapper();
    private final MongoCollection<Document> drafts;
    private final MongoCollection<Document> history;
    private final MongoCollection<Document> deadLetters;
    private final MongoCollection<Document> checkpoints;

    public ProjectionStore(MongoDatabase database) {
        this.drafts = database.getCollection("drafts");
        this.history = database.getCollection("history");
        this.deadLetters = database.getCollection("dead_letters");
        this.checkpoints = database.getCollection("checkpoints");
    }

    /** A draft as listed: id, symbol, title, version. */
    public record DraftSummary(String draftId, String symbol, String title, long version) {
    }

    public DraftView findDraft(String draftId) {
        Document document = drafts.find(Filters.eq("_id", draftId)).first();
        return document == null ? null : fromDocument(document, DraftView.class);
    }

    public HistoryBucket findBucket(String draftId, long bucket) {
        Document document = history.find(Filters.eq("_id", HistoryBucket.key(draftId, bucket))).first();
        return document == null ? null : fromDocument(document, HistoryBucket.class);
    }

    /** The draft as it was at {@code version}, if a checkpoint was kept there. */
    public DraftView findCheckpoint(String draftId, long version) {
        Document document = checkpoints.find(Filters.eq("_id", checkpointKey(draftId, version))).first();
        return document == null ? null : fromDocument(document, DraftView.class);
    }

    public static String checkpointKey(String draftId, long version) {
        return draftId + "/" + version;
    }

    /** Every draft in full. A collection scan: for analytics across drafts, not for the hot path. */
    public List<DraftView> allDrafts() {
        List<DraftView> views = new ArrayList<>();
        for (Document document : drafts.find()) {
            views.add(fromDocument(document, DraftView.class));
        }
        return views;
    }

    /** Every draft, summarized. A collection scan, reading only the summary fields. */
    public List<DraftSummary> listDrafts() {
        List<DraftSummary> result = new ArrayList<>();
        for (Document d : drafts.find().projection(Projections.include("document.symbol", "document.title", "version"))) {
            Document document = d.get("document", Document.class);
            result.add(new DraftSummary(d.getString("_id"),
                    document == null ? null : document.getString("symbol"),
                    document == null ? null : document.getString("title"),
                    ((Number) d.get("version")).longValue()));
        }
        return result;
    }

    /**
     * Writes history and checkpoints first, then the drafts: a draft's version is the commit mark of what
     * it covers. {@code checkpoints} maps checkpoint keys to the serialized view at that version.
     */
    public void write(Collection<HistoryBucket> buckets, Map<String, String> checkpointJson, Collection<DraftView> views) {
        if (!checkpointJson.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(checkpointJson.size());
            checkpointJson.forEach((key, json) -> {
                Document document = Document.parse(json);
                document.put("_id", key);
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", key), document, UPSERT));
            });
            checkpoints.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        if (!buckets.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(buckets.size());
            for (HistoryBucket bucket : buckets) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", bucket.key()), toDocument(bucket.key(), bucket), UPSERT));
            }
            history.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
        if (!views.isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>(views.size());
            for (DraftView view : views) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", view.draftId), toDocument(view.draftId, view), UPSERT));
            }
            drafts.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    /** Keeps a record that could not be read, with where it came from, for an operator to look at. */
    public void deadLetter(String topic, int partition, long offset, String value, String error) {
        deadLetters.insertOne(new Document("_id", topic + "/" + partition + "/" + offset)
                .append("value", value).append("error", error).append("at", Instant.now().toString()));
    }

    /** The JSON form a view is stored in (a checkpoint keeps it as it is at that moment). */
    public String toJson(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private Document toDocument(String id, Object value) {
        try {
            Document document = Document.parse(mapper.writeValueAsString(value));
            document.put("_id", id);
            return document;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + id, e);
        }
    }

    private <T> T fromDocument(Document document, Class<T> type) {
        document.remove("_id");
        try {
            return mapper.readValue(document.toJson(RELAXED), type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
