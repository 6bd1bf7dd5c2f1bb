package org.plenary.query.history;

import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewUpdater;
import org.plenary.query.projection.HistoryBucket;
import org.plenary.query.projection.HistoryEntry;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.json.Json;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole negotiation state of a draft as of any version or instant: the nearest checkpoint at or
 * before it (one read by {@code _id}) plus the events after it from the history buckets (reads by
 * {@code _id}), so at most {@code checkpointInterval - 1} events are applied.
 */
public class TimeTravel {

    private final ProjectionStore store;
    private final int checkpointInterval;

    public TimeTravel(ProjectionStore store, int checkpointInterval) {
        this.store = store;
        this.checkpointInterval = checkpointInterval;
    }

    /** The draft at {@code version} (1 = as submitted); {@code current} is the draft as projected now. */
    public DraftView at(DraftView current, long version) {
        if (version < 1 || version > current.version) {
            throw new IllegalArgumentException("version must be between 1 and " + current.version + ", not " + version);
        }
        if (version == current.version) {
            return current;
        }
        long checkpoint = (version / checkpointInterval) * checkpointInterval;
        DraftView view = checkpoint == 0 ? null : store.findCheckpoint(current.draftId, checkpoint);
        long from = view == null ? 0 : view.version;
        for (HistoryEntry entry : entries(current.draftId, from, version)) {
            EventEnvelope envelope = toEnvelope(current.draftId, entry);
            if (view == null) {
                view = DraftViewUpdater.create(envelope);
            } else {
                DraftViewUpdater.apply(view, envelope);
            }
        }
        if (view == null || view.version != version) {
            throw new IllegalStateException("history of " + current.draftId + " is incomplete before version " + version);
        }
        return view;
    }

    /** The version the draft had at {@code instant}: the last event at or before it. */
    public long versionAt(DraftView current, Instant instant) {
        if (instant.isBefore(current.submittedAt)) {
            throw new IllegalArgumentException("draft " + current.draftId + " was submitted at " + current.submittedAt
                    + ", after " + instant);
        }
        if (!instant.isBefore(current.updatedAt)) {
            return current.version;
        }
        long low = 0;
        long high = HistoryBucket.bucketOf(current.version - 1);
        while (low < high) { // the last bucket whose first event is at or before the instant
            long middle = (low + high + 1) / 2;
            HistoryBucket bucket = bucket(current.draftId, middle);
            if (bucket.entries.get(0).at().isAfter(instant)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        long version = 0;
        for (HistoryEntry entry : bucket(current.draftId, low).entries) {
            if (entry.at().isAfter(instant)) {
                break;
            }
            version = entry.version();
        }
        return version;
    }

    /** History entries with {@code fromSeq <= seq < toSeq}, in order. */
    public List<HistoryEntry> entries(String draftId, long fromSeq, long toSeq) {
        List<HistoryEntry> entries = new ArrayList<>((int) Math.max(0, Math.min(toSeq - fromSeq, 10_000)));
        for (long b = HistoryBucket.bucketOf(fromSeq); fromSeq < toSeq && b <= HistoryBucket.bucketOf(toSeq - 1); b++) {
            for (HistoryEntry entry : bucket(draftId, b).entries) {
                if (entry.seq() >= fromSeq && entry.seq() < toSeq) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private HistoryBucket bucket(String draftId, long number) {
        HistoryBucket bucket = store.findBucket(draftId, number);
        if (bucket == null || bucket.entries.isEmpty()) {
            throw new IllegalStateException("history bucket " + HistoryBucket.key(draftId, number) + " is missing");
        }
        return bucket;
    }

    /** Turns a stored history entry back into the event it records. */
    public static EventEnvelope toEnvelope(String draftId, HistoryEntry entry) {
        try {
            DraftEvent event = Json.mapper().treeToValue(entry.event(), EventCodec.typeOf(entry.type()));
            return new EventEnvelope(null, draftId, entry.seq(), event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("unreadable history entry " + draftId + "/" + entry.seq(), e);
        }
    }
}
