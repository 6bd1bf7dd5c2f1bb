package org.plenary.query.projection;

import org.apache.kafka.common.TopicPartition;
import org.plenary.platform.cache.LruCache;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies the event stream to a set of projectors, exactly once per event whatever Kafka delivers, and writes
 * what they built. The live consumer runs one; a replay runs one per thread. Per draft it keeps the view
 * ({@link DraftViewBuilder}, handed to every projector) and applies only the event with {@code seq == version}:
 * <ul>
 *   <li>an event at or below the draft's version is a duplicate and changes nothing;</li>
 *   <li>an event beyond the next one waits (parked) until the gap is filled, and its offset is not
 *       committed until then ({@link #lowestParkedOffsets()}), so a restart never skips it;</li>
 *   <li>changes are collected in memory and written by {@link #flush()}, the projectors in the set's order: the
 *       draft views last, since a view's version is the commit mark of the draft's other projections.</li>
 * </ul>
 * Single-threaded.
 */
public final class ProjectionRun {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRun.class);

    private record Parked(EventEnvelope envelope, String json, TopicPartition partition, long offset) {
    }

    private final ProjectionStore target;
    private final List<Projector> projectors;
    private final LruCache<String, DraftViewBuilder> drafts;
    private final Map<String, DraftViewBuilder> changed = new LinkedHashMap<>();
    private final Map<String, TreeMap<Long, Parked>> parked = new HashMap<>();
    private long duplicates;

    /**
     * @param projectors   in the order they write, the draft views' last
     * @param cachedDrafts drafts kept in memory between events (the heap bound; more are read again when needed)
     */
    ProjectionRun(ProjectionStore target, List<Projector> projectors, int cachedDrafts) {
        this.target = target;
        this.projectors = List.copyOf(projectors);
        this.drafts = new LruCache<>(cachedDrafts);
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
        DraftViewBuilder draft = draft(draftId);
        long next = draft == null ? 0 : draft.version();
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
        draft = apply(draft, envelope, json);
        TreeMap<Long, Parked> waiting = parked.get(draftId);
        while (waiting != null && !waiting.isEmpty()) {
            long version = draft.version();
            waiting.headMap(version).clear();
            Parked first = waiting.isEmpty() ? null : waiting.firstEntry().getValue();
            if (first == null || first.envelope().seq() != version) {
                break;
            }
            waiting.remove(version);
            apply(draft, first.envelope(), first.json());
        }
        if (waiting != null && waiting.isEmpty()) {
            parked.remove(draftId);
        }
    }

    private DraftViewBuilder apply(DraftViewBuilder draft, EventEnvelope envelope, String json) {
        if (draft == null) {
            draft = DraftViewBuilder.submitted(envelope);
            drafts.put(draft.draftId(), draft);
        } else {
            draft.apply(envelope);
        }
        changed.put(draft.draftId(), draft);
        for (Projector projector : projectors) {
            projector.apply(draft, envelope, json);
        }
        return draft;
    }

    private DraftViewBuilder draft(String draftId) {
        DraftViewBuilder draft = drafts.get(draftId);
        if (draft == null) {
            draft = changed.get(draftId); // evicted from the cache before it was written
            if (draft == null) {
                DraftViewProjection.Stored stored = DraftViewProjection.load(target, draftId);
                draft = stored == null ? null : DraftViewBuilder.of(stored.view(), stored.pageKeys());
            }
            if (draft != null) {
                drafts.put(draftId, draft);
            }
        }
        return draft;
    }

    /** Writes what changed since the last flush; returns the new version of each changed draft. */
    public Map<String, Long> flush() {
        if (changed.isEmpty()) {
            return Map.of();
        }
        projectors.forEach(Projector::flush);
        Map<String, Long> versions = new HashMap<>();
        changed.forEach((id, draft) -> versions.put(id, draft.version()));
        changed.clear();
        return versions;
    }

    /**
     * Writes what no later event can change ({@link Projector#flushCompleted()}) and keeps the rest, the draft
     * views included, for a later {@link #flush()}: what a replay does every few thousand events.
     */
    public void flushCompleted() {
        projectors.forEach(Projector::flushCompleted);
    }

    /** Drafts changed since the last {@link #flush()}: what a replay holds in memory until it writes them. */
    public int changedDrafts() {
        return changed.size();
    }

    /**
     * Forgets the drafts once they are written (nothing changed since the last flush), keeping parked events: a
     * replay calls it at the end of each partition, whose drafts no later partition has, so the heap holds the
     * drafts of one partition at a time.
     */
    public void forgetWritten() {
        if (!changed.isEmpty()) {
            throw new IllegalStateException("flush before forgetting");
        }
        drafts.clear();
        projectors.forEach(Projector::reset);
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

    /** Forgets cached, unwritten and parked state (after a rebalance another node may have moved the drafts on). */
    public void reset() {
        drafts.clear();
        changed.clear();
        parked.clear();
        projectors.forEach(Projector::reset);
    }

    public long duplicatesDropped() {
        return duplicates;
    }

    public int parkedCount() {
        return parked.values().stream().mapToInt(Map::size).sum();
    }
}
