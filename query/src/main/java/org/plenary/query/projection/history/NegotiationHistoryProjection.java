package org.plenary.query.projection.history;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.plenary.platform.cache.LruCache;
import org.plenary.query.projection.ChecksumGroup;
import org.plenary.query.projection.Documents;
import org.plenary.query.projection.DraftState;
import org.plenary.query.projection.Projection;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.Projector;
import org.plenary.query.projection.WriteTarget;
import org.plenary.shared.draft.EventEnvelope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projection "negotiation-history": every event of every draft, as the JSON it had on the topic, in slices of
 * {@link HistoryBucket#SIZE} (collection {@code history}): a complete slice sealed in one document keyed
 * {@code <draftId>/<bucket>}, the events of a slice still filling in documents of their own (see
 * {@link HistoryBucket}), so the projection only inserts and a draft's history is read with point lookups, never a
 * range query. Time travel, the history queries and the feed's catch-up read it.
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

    /**
     * Slices sealed once complete, their events inserted one by one before (since 2026-12-06); a generation built
     * before rewrote a growing bucket document (and before 2026-11-28 held nested entries). Both are still read.
     */
    @Override
    public String generationKey() {
        return NAME + "/sealed-slices";
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
        List<String> keys = new ArrayList<>(HistoryBucket.SIZE + 1);
        keys.add(HistoryBucket.key(draftId, bucket));
        for (long seq = bucket * HistoryBucket.SIZE; seq < (bucket + 1) * HistoryBucket.SIZE; seq++) {
            keys.add(HistoryBucket.eventKey(draftId, seq));
        }
        List<Document> documents = in.collection(COLLECTION).find(Filters.in("_id", keys)).into(new ArrayList<>());
        return HistoryBucket.assemble(draftId, bucket, documents);
    }

    /**
     * The stored bytes of what the draft's version implies: each complete slice's sealed document, then each event
     * document of the slice still filling, or a marker for one that is missing. A live generation's event documents
     * of sealed slices are not part of it (a replay does not write them).
     */
    @Override
    public void checksum(ProjectionStore in, ChecksumGroup group) {
        Map<String, List<String>> keysByDraft = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (String id : group.draftIds()) {
            List<String> draftKeys = expectedKeys(id, group.version(id));
            keysByDraft.put(id, draftKeys);
            keys.addAll(draftKeys);
        }
        Map<String, byte[]> stored = in.storedDigests(COLLECTION, keys, CHECKSUM_READ);
        keysByDraft.forEach((id, draftKeys) -> {
            for (String key : draftKeys) {
                byte[] document = stored.get(key);
                if (document == null) {
                    group.add(id, (byte) '-');
                } else {
                    group.add(id, document);
                }
            }
        });
    }

    /** Keys per checksum read: bounds the query and its answer. */
    private static final int CHECKSUM_READ = 2_000;

    /** The documents a draft at {@code version} has: its complete slices sealed, the rest event by event. */
    static List<String> expectedKeys(String draftId, long version) {
        List<String> keys = new ArrayList<>();
        long complete = version / HistoryBucket.SIZE;
        for (long b = 0; b < complete; b++) {
            keys.add(HistoryBucket.key(draftId, b));
        }
        for (long seq = complete * HistoryBucket.SIZE; seq < version; seq++) {
            keys.add(HistoryBucket.eventKey(draftId, seq));
        }
        return keys;
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
            long number = HistoryBucket.bucketOf(envelope.seq());
            String key = HistoryBucket.key(envelope.draftId(), number); // once per event: a replay applies a million
            HistoryBucket bucket = bucket(key, envelope.draftId(), number, envelope.seq());
            bucket.put(envelope.seq(), json);
            changed.put(key, bucket);
        }

        /**
         * The slice of event {@code seq}, from memory, else from the store, else new. A slice's first event starts
         * it without a read: no event before it belongs there, and whatever the store may hold from {@code seq} on
         * (a batch written before a crash, then applied again) is the same events, which the writes meet as
         * duplicates and replace by the same. That saves a read of 101 keys per hundred events, most of them in a
         * replay, whose generation is empty.
         */
        private HistoryBucket bucket(String key, String draftId, long number, long seq) {
            HistoryBucket bucket = buckets.get(key);
            if (bucket == null) {
                bucket = changed.get(key); // evicted from the cache before it was written
                if (bucket == null && seq != number * HistoryBucket.SIZE) {
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

        /**
         * Inserts what the store lacks: a complete slice sealed (replacing an older generation's partial bucket
         * document, never one holding as many events), the events of a slice still filling each on its own.
         */
        private void write(Collection<HistoryBucket> written) {
            if (written.isEmpty()) {
                return;
            }
            List<HistoryBucket> sealed = new ArrayList<>();
            List<Document> events = new ArrayList<>();
            for (HistoryBucket bucket : written) {
                if (bucket.complete()) {
                    if (!bucket.sealedStored()) {
                        sealed.add(bucket);
                    }
                } else {
                    events.addAll(bucket.unstoredEventDocuments());
                }
            }
            WriteTarget collection = target.writeTarget(COLLECTION);
            // an event document that is there already holds the same event (a redelivery): replacing it changes nothing
            Documents.writeAll(collection, events, document -> document, document -> true);
            Documents.writeAll(collection, sealed, HistoryBucket::toDocument, bucket -> true,
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
