package org.plenary.query.projection.history;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.plenary.platform.cache.LruCache;
import org.plenary.query.projection.ChecksumGroup;
import org.plenary.query.projection.Documents;
import org.plenary.query.projection.DraftState;
import org.plenary.query.projection.Projection;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.Projector;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projection "negotiation-history": every event of every draft, as the JSON it had on the topic, in buckets of
 * {@link HistoryBucket#SIZE} keyed {@code <draftId>/<bucket>} (collection {@code history}), so a draft's history
 * is read with point lookups, never a range query. Time travel, the history queries and the feed's catch-up read
 * it.
 */
public final class NegotiationHistoryProjection implements Projection {

    public static final String NAME = "negotiation-history";
    static final String COLLECTION = "history";

    private final ProjectionStore store;
    /** Complete buckets as read and decoded, by generation and key; see {@link #findBucket(String, long)}. */
    private final LruCache<String, HistoryBucket> completeBuckets;

    /** @param store the store the reads use (the live one: it follows the replay's switch) */
    public NegotiationHistoryProjection(ProjectionStore store) {
        this(store, 200);
    }

    /**
     * @param store           the store the reads use (the live one: it follows the replay's switch)
     * @param completeBuckets complete buckets kept decoded for readers ({@code plenary.queries.history-bucket-cache})
     */
    public NegotiationHistoryProjection(ProjectionStore store, int completeBuckets) {
        this.store = store;
        this.completeBuckets = new LruCache<>(completeBuckets);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Events kept as their topic JSON (since 2026-11-28); a generation built before holds nested entries. */
    @Override
    public String generationKey() {
        return NAME + "/json-events";
    }

    @Override
    public List<String> collections() {
        return List.of(COLLECTION);
    }

    /**
     * Bucket {@code bucket} of the draft's history, or null when there is none; readers must not change it (it may be
     * shared). A complete bucket never changes (no later event of the draft goes there, and an event applied again
     * is the same event), so it is kept decoded per generation: time travel to a version before the first checkpoint
     * and the feed's catch-up otherwise read and decoded the same hundred events every time. A bucket still open is
     * read from the store every time (events may join it).
     */
    public HistoryBucket findBucket(String draftId, long bucket) {
        String key = store.generation() + "/" + HistoryBucket.key(draftId, bucket);
        HistoryBucket cached = completeBuckets.get(key);
        if (cached != null) {
            return cached;
        }
        HistoryBucket read = findBucket(store, draftId, bucket);
        if (read != null && read.complete()) {
            read.entries(); // decoded before it is shared: readers never decode it again, nor at the same time
            completeBuckets.put(key, read);
        }
        return read;
    }

    private static HistoryBucket findBucket(ProjectionStore in, String draftId, long bucket) {
        Document document = in.collection(COLLECTION).find(Filters.eq("_id", HistoryBucket.key(draftId, bucket))).first();
        return document == null ? null : HistoryBucket.fromDocument(document);
    }

    /** The stored bytes of each bucket the draft's version implies, or a marker for one that is missing. */
    @Override
    public void checksum(ProjectionStore in, ChecksumGroup group) {
        MongoCollection<RawBsonDocument> history = in.collection(COLLECTION).withDocumentClass(RawBsonDocument.class);
        List<String> keys = new ArrayList<>();
        for (String id : group.draftIds()) {
            for (long b = 0; b <= HistoryBucket.bucketOf(group.version(id) - 1); b++) {
                keys.add(HistoryBucket.key(id, b));
            }
        }
        Map<String, RawBsonDocument> buckets = new HashMap<>();
        for (RawBsonDocument bucket : history.find(Filters.in("_id", keys))) {
            buckets.put(bucket.getString("_id").getValue(), bucket);
        }
        for (String id : group.draftIds()) {
            for (long b = 0; b <= HistoryBucket.bucketOf(group.version(id) - 1); b++) {
                RawBsonDocument bucket = buckets.get(HistoryBucket.key(id, b));
                if (bucket == null) {
                    group.add(id, (byte) '-');
                } else {
                    group.add(id, bucket.getByteBuffer().asNIO());
                }
            }
        }
    }

    @Override
    public Projector projector(ProjectionStore target, int cachedDrafts) {
        return new HistoryProjector(target, cachedDrafts);
    }

    /** Adds each event to its bucket; a full bucket is written once and forgotten. */
    private static final class HistoryProjector implements Projector {

        private final ProjectionStore target;
        private final LruCache<String, HistoryBucket> buckets;
        private final Map<String, HistoryBucket> changed = new LinkedHashMap<>();

        HistoryProjector(ProjectionStore target, int cachedDrafts) {
            this.target = target;
            this.buckets = new LruCache<>(cachedDrafts);
        }

        @Override
        public void apply(DraftState draft, EventEnvelope envelope, String json) {
            HistoryBucket bucket = bucket(envelope.draftId(), HistoryBucket.bucketOf(envelope.seq()));
            bucket.put(envelope.seq(), json);
            changed.put(bucket.key(), bucket);
        }

        private HistoryBucket bucket(String draftId, long number) {
            String key = HistoryBucket.key(draftId, number);
            HistoryBucket bucket = buckets.get(key);
            if (bucket == null) {
                bucket = changed.get(key); // evicted from the cache before it was written
                if (bucket == null) {
                    bucket = findBucket(target, draftId, number);
                }
                if (bucket == null) {
                    bucket = new HistoryBucket(draftId, number);
                }
                buckets.put(key, bucket);
            }
            return bucket;
        }

        @Override
        public void flush() {
            write(changed.values());
            changed.clear();
        }

        @Override
        public void flushCompleted() {
            List<HistoryBucket> complete = new ArrayList<>();
            for (HistoryBucket bucket : changed.values()) {
                if (bucket.complete()) {
                    complete.add(bucket);
                }
            }
            write(complete);
            complete.forEach(bucket -> changed.remove(bucket.key()));
        }

        private void write(Collection<HistoryBucket> written) {
            if (written.isEmpty()) {
                return;
            }
            Documents.writeAll(target.collection(COLLECTION), written, HistoryBucket::toDocument, bucket -> !bucket.stored(),
                    HistoryProjectorGuard::fewerEvents);
            for (HistoryBucket bucket : written) {
                bucket.markStored();
                if (bucket.complete()) {
                    buckets.remove(bucket.key()); // complete and written: no event of the draft goes there again
                }
            }
        }

        @Override
        public void reset() {
            buckets.clear();
            changed.clear();
        }
    }
}
