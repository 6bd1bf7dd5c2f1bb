package org.plenary.query.projection;

import org.apache.kafka.common.TopicPartition;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.draft.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the projections "draft-view" and "negotiation-history" from the event stream, exactly once per
 * event whatever Kafka delivers:
 * <ul>
 *   <li>an event at or below the draft's version is a duplicate and changes nothing;</li>
 *   <li>an event beyond the next one waits (parked) until the gap is filled, and its offset is not
 *       committed until then, so a restart never skips it;</li>
 *   <li>changes are collected in memory and written in one bulk write per batch ({@link #flush()}).</li>
 * </ul>
 * Single-threaded: called only from the consumer thread.
 */
public class DraftProjector {

    private static final Logger log = LoggerFactory.getLogger(DraftProjector.class);

    private record Parked(EventEnvelope envelope, String json, TopicPartition partition, long offset) {
    }

    private final ProjectionStore store;
    private final Map<String, DraftViewBuilder> views;
    private final Map<String, HistoryBucket> buckets;
    private final Map<String, DraftViewBuilder> dirtyViews = new LinkedHashMap<>();
    private final Map<String, HistoryBucket> dirtyBuckets = new LinkedHashMap<>();
    private final Map<String, TextCheckpoint> dirtyCheckpoints = new LinkedHashMap<>();
    private final Set<String> newDrafts = new HashSet<>(); // created here, not stored yet: inserted, not replaced
    private final int checkpointInterval;
    private final Map<String, TreeMap<Long, Parked>> parked = new HashMap<>();
    private long duplicates;

    /** What a checkpoint keeps: the text at a version (the rest of a past view follows from the current one). */
    record TextCheckpoint(String draftId, long version, org.plenary.shared.document.DraftDocument document) {
    }

    /**
     * @param checkpointInterval every this many versions the text is kept as a checkpoint, so the text at any
     *                           version costs one checkpoint read plus the amendments accepted after it
     */
    public DraftProjector(ProjectionStore store, int cacheSize, int checkpointInterval) {
        if (checkpointInterval < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1, not " + checkpointInterval);
        }
        this.checkpointInterval = checkpointInterval;
        this.store = store;
        this.views = lru(cacheSize);
        this.buckets = lru(cacheSize);
    }

    private static <V> Map<String, V> lru(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** {@link #accept(EventEnvelope, String, TopicPartition, long)} with the envelope's JSON as the codec writes it. */
    public void accept(EventEnvelope envelope, TopicPartition partition, long offset) {
        accept(envelope, EventCodec.encode(envelope), partition, offset);
    }

    /**
     * Applies the event, or drops it as a duplicate, or parks it until the events before it arrive.
     *
     * @param json the envelope as read from the topic: the history keeps it as it is
     */
    public void accept(EventEnvelope envelope, String json, TopicPartition partition, long offset) {
        String draftId = envelope.draftId();
        DraftViewBuilder view = view(draftId);
        long next = view == null ? 0 : view.version();
        if (envelope.seq() < next) {
            duplicates++;
            return;
        }
        if (envelope.seq() > next) {
            parked.computeIfAbsent(draftId, k -> new TreeMap<>()).putIfAbsent(envelope.seq(),
                    new Parked(envelope, json, partition, offset));
            log.debug("Parked {}/{} until seq {} arrives", draftId, envelope.seq(), next);
            return;
        }
        apply(view, envelope, json);
        TreeMap<Long, Parked> waiting = parked.get(draftId);
        while (waiting != null && !waiting.isEmpty()) {
            long version = views.get(draftId).version();
            waiting.headMap(version).clear();
            Parked first = waiting.isEmpty() ? null : waiting.firstEntry().getValue();
            if (first == null || first.envelope().seq() != version) {
                break;
            }
            waiting.remove(version);
            apply(views.get(draftId), first.envelope(), first.json());
        }
        if (waiting != null && waiting.isEmpty()) {
            parked.remove(draftId);
        }
    }

    private void apply(DraftViewBuilder view, EventEnvelope envelope, String json) {
        DraftViewBuilder updated = view;
        if (updated == null) {
            updated = DraftViewBuilder.submitted(envelope);
            views.put(updated.draftId(), updated);
            newDrafts.add(updated.draftId());
        } else {
            updated.apply(envelope);
        }
        dirtyViews.put(updated.draftId(), updated);
        if (updated.version() % checkpointInterval == 0) {
            // the document is immutable (an accepted amendment replaces it): kept by reference until written
            dirtyCheckpoints.put(ProjectionStore.checkpointKey(updated.draftId(), updated.version()),
                    new TextCheckpoint(updated.draftId(), updated.version(), updated.document()));
        }
        HistoryBucket bucket = bucket(envelope.draftId(), HistoryBucket.bucketOf(envelope.seq()));
        bucket.put(envelope.seq(), json);
        dirtyBuckets.put(bucket.key(), bucket);
    }

    private DraftViewBuilder view(String draftId) {
        DraftViewBuilder view = views.get(draftId);
        if (view == null) {
            view = dirtyViews.get(draftId); // evicted from the cache before this batch was written
        }
        if (view == null) {
            DraftView stored = store.findDraft(draftId);
            if (stored != null) {
                view = DraftViewBuilder.of(stored);
                views.put(draftId, view);
            }
        }
        return view;
    }

    private HistoryBucket bucket(String draftId, long number) {
        String key = HistoryBucket.key(draftId, number);
        HistoryBucket bucket = buckets.get(key);
        if (bucket == null) {
            bucket = dirtyBuckets.get(key);
        }
        if (bucket == null) {
            bucket = store.findBucket(draftId, number);
            if (bucket == null) {
                bucket = new HistoryBucket(draftId, number);
            }
            buckets.put(key, bucket);
        }
        return bucket;
    }

    /** Writes what changed since the last flush; returns the new version of each changed draft. */
    public Map<String, Long> flush() {
        if (dirtyViews.isEmpty()) {
            return Map.of();
        }
        store.write(dirtyBuckets.values(), dirtyCheckpoints, dirtyViews.values().stream().map(DraftViewBuilder::view).toList(),
                newDrafts);
        newDrafts.clear();
        for (HistoryBucket bucket : dirtyBuckets.values()) {
            if (bucket.complete()) {
                buckets.remove(bucket.key()); // complete and written: no event of the draft goes there again
            }
        }
        Map<String, Long> versions = new HashMap<>();
        dirtyViews.forEach((id, view) -> versions.put(id, view.version()));
        dirtyViews.clear();
        dirtyBuckets.clear();
        dirtyCheckpoints.clear();
        return versions;
    }

    /**
     * Writes the history buckets that are complete and the checkpoints, and keeps the rest (views, open
     * buckets) to be written by a later {@link #flush()}: a replay calls it every few thousand events, so
     * each history bucket is written once, when full, and each view once per partition, not once per batch.
     */
    public void flushCompleted() {
        List<HistoryBucket> complete = new ArrayList<>();
        for (HistoryBucket bucket : dirtyBuckets.values()) {
            if (bucket.complete()) {
                complete.add(bucket);
            }
        }
        if (complete.isEmpty() && dirtyCheckpoints.isEmpty()) {
            return;
        }
        store.write(complete, dirtyCheckpoints, List.of(), Set.of());
        for (HistoryBucket bucket : complete) {
            dirtyBuckets.remove(bucket.key());
            buckets.remove(bucket.key());
        }
        dirtyCheckpoints.clear();
    }

    /** Drafts changed since the last {@link #flush()}: what a replay holds in memory until it writes them. */
    public int dirtyDrafts() {
        return dirtyViews.size();
    }

    /**
     * Forgets the cached drafts and history buckets once they are written (nothing dirty), keeping parked
     * events: a replay calls it at the end of each partition, whose drafts no later partition has, so the
     * heap holds the drafts of one partition at a time.
     */
    public void forgetWritten() {
        if (!dirtyViews.isEmpty() || !dirtyBuckets.isEmpty() || !dirtyCheckpoints.isEmpty()) {
            throw new IllegalStateException("flush before forgetting");
        }
        views.clear();
        buckets.clear();
    }

    /** Per partition, the lowest offset still parked: offsets from there on must not be committed. */
    public Map<TopicPartition, Long> lowestParkedOffsets() {
        Map<TopicPartition, Long> lowest = new HashMap<>();
        for (TreeMap<Long, Parked> waiting : parked.values()) {
            for (Parked p : waiting.values()) {
                lowest.merge(p.partition(), p.offset(), Math::min);
            }
        }
        return lowest;
    }

    /** Forgets cached and parked state (after a rebalance another node may have moved the drafts on). */
    public void reset() {
        views.clear();
        buckets.clear();
        parked.clear();
        dirtyViews.clear();
        dirtyBuckets.clear();
        dirtyCheckpoints.clear();
        newDrafts.clear();
    }

    public long duplicatesDropped() {
        return duplicates;
    }

    public int parkedCount() {
        return parked.values().stream().mapToInt(Map::size).sum();
    }
}
