package org.plenary.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * MongoDB access of the projections, by {@code _id} only: drafts keyed by draft id, history buckets keyed
 * {@code <draftId>/<bucket>}, checkpoints keyed {@code <draftId>/<version>}. Writes are bulk upserts of
 * whole documents, so re-applying a batch after a crash writes the same documents again.
 *
 * <p>The projections live in a <em>generation</em> of collections ({@code drafts}, {@code history},
 * {@code checkpoints} for generation 0, {@code drafts_g<n>} … after a replay). The store serves the active
 * generation and {@link #switchTo switches} atomically for every reader and writer holding it.
 */
public class ProjectionStore {

    /** The collections of one generation. */
    private record Generation(int number, MongoCollection<Document> drafts, MongoCollection<Document> history,
                              MongoCollection<Document> checkpoints) {

        static Generation of(MongoDatabase database, int number) {
            String suffix = number == 0 ? "" : "_g" + number;
            return new Generation(number, database.getCollection("drafts" + suffix),
                    database.getCollection("history" + suffix), database.getCollection("checkpoints" + suffix));
        }

        /** Drops the collections that exist (dropping a missing one is an error on the MongoDB-protocol server). */
        void drop(java.util.Set<String> existing) {
            for (MongoCollection<Document> collection : List.of(drafts, history, checkpoints)) {
                if (existing.contains(collection.getNamespace().getCollectionName())) {
                    collection.drop();
                }
            }
        }
    }

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final ObjectMapper mapper = Json.mapper();
    private final MongoDatabase database;
    private final MongoCollection<Document> deadLetters;
    private volatile Generation generation;

    /** A store serving generation {@code number} of the projections. */
    public ProjectionStore(MongoDatabase database, int number) {
        this.database = database;
        this.deadLetters = database.getCollection("dead_letters");
        this.generation = Generation.of(database, number);
    }

    /** A store serving generation 0. */
    public ProjectionStore(MongoDatabase database) {
        this(database, 0);
    }

    public int generation() {
        return generation.number();
    }

    /** A separate store writing generation {@code number} (for a rebuild); it does not follow switches. */
    public ProjectionStore forGeneration(int number) {
        return new ProjectionStore(database, number);
    }

    /** Makes every reader and writer of this store use generation {@code number} from now on. */
    public void switchTo(int number) {
        generation = Generation.of(database, number);
    }

    /** Drops the collections of a generation (before a rebuild into it, or once it is replaced). */
    public void dropGeneration(int number) {
        Generation.of(database, number).drop(database.listCollectionNames().into(new java.util.HashSet<>()));
    }

    /** A draft as listed: id, symbol, title, version. */
    public record DraftSummary(String draftId, String symbol, String title, long version) {
    }

    public DraftView findDraft(String draftId) {
        Document document = generation.drafts().find(Filters.eq("_id", draftId)).first();
        return document == null ? null : fromDocument(document, DraftView.class);
    }

    /** The version of the stored draft (a read of that field only), or null when there is none. */
    public Long findVersion(String draftId) {
        Document document = generation.drafts().find(Filters.eq("_id", draftId))
                .projection(Projections.include("version")).first();
        return document == null || document.get("version") == null ? null : ((Number) document.get("version")).longValue();
    }

    public HistoryBucket findBucket(String draftId, long bucket) {
        Document document = generation.history().find(Filters.eq("_id", HistoryBucket.key(draftId, bucket))).first();
        return document == null ? null : HistoryBucket.fromDocument(document);
    }

    /** The text of the draft as it was at {@code version}, if a checkpoint was kept there. */
    public DraftDocument findCheckpoint(String draftId, long version) {
        Document checkpoint = generation.checkpoints().find(Filters.eq("_id", checkpointKey(draftId, version)))
                .projection(Projections.include("document")).first();
        Document document = checkpoint == null ? null : checkpoint.get("document", Document.class);
        return document == null ? null : fromDocument(document, DraftDocument.class);
    }

    public static String checkpointKey(String draftId, long version) {
        return draftId + "/" + version;
    }

    /** Every draft in full, read one by one: for analytics across drafts, not for the hot path. */
    public List<DraftView> allDrafts() {
        // One draft at a time by _id: the MongoDB-protocol server answers a bare find() in one reply, which
        // exceeds the driver's 48 MB limit once the drafts add up (seen in the replay checksums).
        List<DraftView> views = new ArrayList<>();
        for (DraftSummary summary : listDrafts()) {
            DraftView view = findDraft(summary.draftId());
            if (view != null) {
                views.add(view);
            }
        }
        return views;
    }

    /**
     * A checksum per draft over its stored view and history buckets (SHA-256, hex): equal checksums mean
     * equal projections. Reads every draft; for replay verification, not the hot path.
     */
    public Map<String, String> checksums() {
        Map<String, String> checksums = new java.util.TreeMap<>();
        Generation current = generation;
        MongoCollection<RawBsonDocument> history = current.history().withDocumentClass(RawBsonDocument.class);
        MongoCollection<RawBsonDocument> drafts = current.drafts().withDocumentClass(RawBsonDocument.class);
        // ids and versions first: one reply with every whole draft can exceed a message's size
        Map<String, Long> versions = new java.util.LinkedHashMap<>();
        for (Document d : current.drafts().find().projection(Projections.include("_id", "version"))) {
            versions.put(d.getString("_id"), ((Number) d.get("version")).longValue());
        }
        List<String> group = new ArrayList<>();
        long groupEvents = 0;
        for (Map.Entry<String, Long> draft : versions.entrySet()) {
            group.add(draft.getKey());
            groupEvents += draft.getValue();
            if (group.size() == CHECKSUM_GROUP_DRAFTS || groupEvents >= CHECKSUM_GROUP_EVENTS) {
                checksumGroup(group, versions, drafts, history, checksums);
                group.clear();
                groupEvents = 0;
            }
        }
        checksumGroup(group, versions, drafts, history, checksums);
        return checksums;
    }

    /** Drafts, and events of their history, read per round trip by {@link #checksums()} (replies stay small). */
    private static final int CHECKSUM_GROUP_DRAFTS = 20;
    private static final long CHECKSUM_GROUP_EVENTS = 20_000;

    /** Two reads for a group of drafts: their views, then all their history buckets. */
    private static void checksumGroup(List<String> ids, Map<String, Long> versions,
                                      MongoCollection<RawBsonDocument> drafts, MongoCollection<RawBsonDocument> history,
                                      Map<String, String> checksums) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, RawBsonDocument> views = new java.util.HashMap<>();
        for (RawBsonDocument draft : drafts.find(Filters.in("_id", ids))) {
            views.put(draft.getString("_id").getValue(), draft);
        }
        List<String> keys = new ArrayList<>();
        for (String id : ids) {
            for (long b = 0; b <= HistoryBucket.bucketOf(versions.get(id) - 1); b++) {
                keys.add(HistoryBucket.key(id, b));
            }
        }
        Map<String, RawBsonDocument> buckets = new java.util.HashMap<>();
        for (RawBsonDocument bucket : history.find(Filters.in("_id", keys))) {
            buckets.put(bucket.getString("_id").getValue(), bucket);
        }
        for (String id : ids) {
            RawBsonDocument draft = views.get(id);
            if (draft == null) {
                continue; // removed since the ids were read
            }
            // the stored bytes: equal bytes mean equal documents (same fields, order and types), without
            // rendering every document as JSON first
            java.security.MessageDigest digest = sha256();
            digest.update(draft.getByteBuffer().asNIO());
            long version = draft.getNumber("version").longValue();
            for (long b = 0; b <= HistoryBucket.bucketOf(version - 1); b++) {
                RawBsonDocument bucket = buckets.get(HistoryBucket.key(id, b));
                if (bucket == null && version != versions.get(id)) { // the draft moved on since its id was read
                    bucket = history.find(Filters.eq("_id", HistoryBucket.key(id, b))).first();
                }
                if (bucket == null) {
                    digest.update((byte) '-');
                } else {
                    digest.update(bucket.getByteBuffer().asNIO());
                }
            }
            checksums.put(id, java.util.HexFormat.of().formatHex(digest.digest()));
        }
    }

    private static java.security.MessageDigest sha256() {
        try {
            return java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every draft, summarized. A collection scan, reading only the summary fields. */
    public List<DraftSummary> listDrafts() {
        List<DraftSummary> result = new ArrayList<>();
        for (Document d : generation.drafts().find().projection(Projections.include("document.symbol", "document.title", "version"))) {
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
     * it covers. {@code checkpoints} maps checkpoint keys to immutable values (the text at that version),
     * turned into documents here. Documents are built and written a few at a time ({@link #WRITE_CHUNK}),
     * so a replay writing a partition's drafts does not hold all of them as documents at once.
     *
     * <p>A bucket or draft this node has never seen stored ({@link HistoryBucket#stored()}, {@code newDrafts})
     * is inserted, the others replaced: an insert costs the server a third of an upsert (no lookup, no deep
     * copy of the old document), and a replay or a growing negotiation inserts most of what it writes. An
     * insert that meets an existing document (another node wrote it first) is retried as a replacement.
     */
    public void write(Collection<HistoryBucket> buckets, Map<String, ?> checkpoints, Collection<DraftView> views,
                      java.util.Set<String> newDrafts) {
        Generation target = generation;
        writeInChunks(target.checkpoints(), checkpoints.entrySet(), c -> toDocument(c.getKey(), c.getValue()), c -> false);
        writeInChunks(target.history(), buckets, HistoryBucket::toDocument, bucket -> !bucket.stored());
        buckets.forEach(HistoryBucket::markStored);
        writeInChunks(target.drafts(), views, view -> toDocument(view.draftId(), view), view -> newDrafts.contains(view.draftId()));
    }

    /** Documents per bulk write: large enough to amortize a round trip, small enough to bound the heap. */
    static final int WRITE_CHUNK = 32;

    private static final int DUPLICATE_KEY = 11000;

    private static <T> void writeInChunks(MongoCollection<Document> collection, Collection<T> values,
                                          Function<T, Document> toDocument, Predicate<T> isNew) {
        List<WriteModel<Document>> writes = new ArrayList<>(Math.min(values.size(), WRITE_CHUNK));
        for (T value : values) {
            Document document = toDocument.apply(value);
            writes.add(isNew.test(value) ? new InsertOneModel<>(document)
                    : new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
            if (writes.size() == WRITE_CHUNK) {
                bulkWrite(collection, writes);
                writes.clear();
            }
        }
        if (!writes.isEmpty()) {
            bulkWrite(collection, writes);
        }
    }

    private static void bulkWrite(MongoCollection<Document> collection, List<WriteModel<Document>> writes) {
        try {
            collection.bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            List<WriteModel<Document>> retries = new ArrayList<>();
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY || !(writes.get(error.getIndex()) instanceof InsertOneModel<Document> insert)) {
                    throw e;
                }
                Document document = insert.getDocument();
                retries.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT));
            }
            collection.bulkWrite(retries, UNORDERED); // unordered: the other writes of the batch are done
        }
    }

    /** Keeps a record that could not be read, with where it came from, for an operator to look at. */
    public void deadLetter(String topic, int partition, long offset, String value, String error) {
        deadLetters.insertOne(new Document("_id", topic + "/" + partition + "/" + offset)
                .append("value", value).append("error", error).append("at", Instant.now().toString()));
    }

    /** The stored form of a value, built from its JSON tree without JSON text; {@code _id} last. */
    private Document toDocument(String id, Object value) {
        Document document = BsonTrees.toDocument(mapper.valueToTree(value));
        document.put("_id", id); // last, where it always was (the replay checksums read whole documents)
        return document;
    }

    private <T> T fromDocument(Document document, Class<T> type) {
        document.remove("_id");
        try {
            return mapper.treeToValue(BsonTrees.toTree(document), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
