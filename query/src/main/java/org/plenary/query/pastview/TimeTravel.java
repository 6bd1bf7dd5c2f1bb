package org.plenary.query.pastview;

import org.plenary.platform.cache.LruCache;
import org.plenary.query.projection.ConsultationView;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewBuilder;
import org.plenary.query.projection.LifecycleView;
import org.plenary.query.projection.history.HistoryBucket;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.checkpoint.CheckpointProjection;
import org.plenary.query.projection.history.NegotiationHistoryProjection;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.AmendmentStatus;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.plenary.shared.edit.DeleteParagraph;
import org.plenary.shared.edit.DocumentEditor;
import org.plenary.shared.edit.EditOperation;
import org.plenary.shared.edit.ReplaceParagraph;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The whole negotiation state of a draft as of any version or instant.
 *
 * <p>Everything but the text follows from the current view, which keeps the version of every change: an
 * amendment proposed at or before the version is listed, with its decision only if that came at or before it;
 * a co-sponsorship, a bracket, an alternative likewise. The text comes from the nearest checkpoint at or before the
 * version (one read by {@code _id}: the text as it was there) plus the amendments accepted and alternatives chosen
 * after it, whose operations the current view holds. So a point in time costs one small read however long the
 * negotiation is; history buckets are read only for the text as submitted (before the first checkpoint).
 */
public class TimeTravel {

    private final ProjectionStore store;
    private final NegotiationHistoryProjection history;
    private final CheckpointProjection checkpoints;
    private final LruCache<String, DraftDocument> checkpointTexts;
    /** Per generation, draft and version; see {@link #accepted}. */
    private final LruCache<String, Accepted> acceptedByDraft;
    /** Texts at the versions of text changes; see {@link #textAt}. */
    private final LruCache<PastText, DraftDocument> pastTexts;
    /** The event times of complete history buckets, by generation and bucket; see {@link #times}. */
    private final LruCache<String, BucketTimes> bucketTimes = new LruCache<>(10_000);

    /** When each event of a bucket happened and the version it made, in order. */
    private record BucketTimes(Instant[] at, long[] versions) {
    }

    /** The text of a draft right after the change made at {@code version}, in a generation. */
    private record PastText(int generation, String draftId, long version) {
    }

    public TimeTravel(ProjectionStore store, NegotiationHistoryProjection history, CheckpointProjection checkpoints) {
        this(store, history, checkpoints, 1000, 100, 1000);
    }

    /**
     * @param store           says which generation is served (the caches are per generation)
     * @param checkpointCache checkpoint texts kept decoded: a checkpoint never changes once written (the text at
     *                        its version), so a past version costs no database read when its checkpoint is cached
     * @param indexedDrafts   drafts whose accepted amendments are kept indexed (as many as the readers keep views)
     * @param pastTextCache   texts a past version was computed to, kept to start later reads from
     */
    public TimeTravel(ProjectionStore store, NegotiationHistoryProjection history, CheckpointProjection checkpoints,
                      int checkpointCache, int indexedDrafts, int pastTextCache) {
        this.store = store;
        this.history = history;
        this.checkpoints = checkpoints;
        this.checkpointTexts = new LruCache<>(checkpointCache);
        this.acceptedByDraft = new LruCache<>(indexedDrafts);
        this.pastTexts = new LruCache<>(pastTextCache);
    }

    /** The draft at {@code version} (1 = as submitted); {@code current} is the draft as projected now. */
    public DraftView at(DraftView current, long version) {
        requireReached(current, version);
        if (version == current.version()) {
            return current;
        }
        if (current.changedAt(version) == null || !current.knowsAmendmentsAt(version)) {
            // a view without the version of each change, or amendments rebased (revised …) since: replay the events
            return replayed(current, version);
        }
        return current.asOf(version, textAt(current, version));
    }

    private static void requireReached(DraftView current, long version) {
        if (version < 1 || version > current.version()) {
            throw new IllegalArgumentException("version must be between 1 and " + current.version() + ", not " + version);
        }
    }

    /**
     * The text at {@code version} (1 = as submitted) without the rest of the view: the nearest checkpoint's text
     * plus the amendments accepted after it. Applying them (a new text per amendment) was most of a past text's CPU
     * and allocation, so the text each read arrives at is kept, by the version of the last change it includes: the
     * text at a past version never changes. A later read starts from the latest kept text between the checkpoint and
     * its version, if any (then without reading the checkpoint).
     */
    public DraftDocument textAt(DraftView current, long version) {
        requireReached(current, version);
        if (version == current.version()) {
            return current.document();
        }
        long checkpoint = (version / checkpoints.interval()) * checkpoints.interval();
        Accepted accepted = accepted(current);
        int last = accepted.firstAfter(version) - 1; // the last change at or before the version
        DraftDocument document = null;
        int next = 0;
        // a kept text between the nearest checkpoint and the version: neither the checkpoint nor the changes before
        for (int i = last, floor = accepted.firstAfter(Math.max(1, checkpoint)); i >= floor; i--) {
            DraftDocument known = pastTexts.get(new PastText(store.generation(), current.draftId(), accepted.versions[i]));
            if (known != null) {
                document = known;
                next = i + 1;
                break;
            }
        }
        if (document == null) {
            DraftDocument stored = checkpoint == 0 ? null : checkpoint(current.draftId(), checkpoint);
            long from;
            if (stored != null) {
                document = stored;
                from = checkpoint;
            } else {
                EventEnvelope first = toEnvelope(current.draftId(), bucket(current.draftId(), 0).entries().get(0));
                if (!(first.event() instanceof DraftSubmittedEvent submitted)) {
                    throw new IllegalStateException("history of " + current.draftId() + " does not start with its submission");
                }
                document = submitted.document();
                from = 1;
            }
            next = accepted.firstAfter(from);
        }
        for (int i = next; i <= last; i++) {
            TextChange change = accepted.changes.get(i);
            if (!change.operations().isEmpty()) {
                document = DocumentEditor.apply(document, change.operations());
            }
            if (change.reform() != null) {
                document = change.reform().apply(document);
            }
        }
        if (next <= last) {
            pastTexts.put(new PastText(store.generation(), current.draftId(), accepted.versions[last]), document);
        }
        return document;
    }

    /**
     * A change of the text the view records: an accepted amendment, a chosen alternative, a revision, an oral revision,
     * a paragraph removed by vote, the adoption; {@code reform} (or null) gives the text a revision's or the adopted
     * resolution's form after the operations.
     */
    private record TextChange(long version, List<EditOperation> operations, UnaryOperator<DraftDocument> reform) {

        TextChange(long version, List<EditOperation> operations) {
            this(version, operations, null);
        }
    }

    /** The text changes of a view in the order they were made, with the version each made. */
    private record Accepted(long[] versions, List<TextChange> changes) {

        /** The index of the first amendment accepted after {@code version} (one event per version: no repeats). */
        int firstAfter(long version) {
            int found = Arrays.binarySearch(versions, version);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    /**
     * The accepted amendments (and chosen alternatives) of {@code current}, built once per draft and version: a long negotiation has
     * thousands of amendments, and scanning them for every past text was most of a time-travel query's CPU. Two
     * views of a draft at one version in one generation hold the same amendments, so any of them may build it.
     */
    private Accepted accepted(DraftView current) {
        String key = store.generation() + "/" + current.draftId() + "/" + current.version();
        Accepted known = acceptedByDraft.get(key);
        if (known != null) {
            return known;
        }
        List<TextChange> changes = new ArrayList<>();
        for (DraftView.AmendmentView a : current.amendments()) {
            if (a.status() == AmendmentStatus.ACCEPTED && a.decidedVersion() != null) {
                changes.add(new TextChange(a.decidedVersion(), a.operations()));
            }
        }
        for (ConsultationView.AlternativeView a : current.consultation().alternatives()) {
            if (a.state() == ConsultationView.AlternativeState.CHOSEN) {
                changes.add(new TextChange(a.decidedVersion(), List.of(new ReplaceParagraph(a.paragraphId(), a.text()))));
            }
        }
        LifecycleView lifecycle = current.lifecycle();
        for (LifecycleView.Revision r : lifecycle.revisions()) {
            changes.add(new TextChange(r.version(), r.operations(), d -> LifecycleView.reissue(d, r.symbol(), r.sponsors(),
                    lifecycle.groupsAt(r.version()))));
        }
        for (LifecycleView.OralRevision o : lifecycle.oralRevisions()) {
            changes.add(new TextChange(o.version(), o.operations()));
        }
        for (LifecycleView.Vote v : lifecycle.votes()) {
            if ("paragraph".equals(v.on()) && "rejected".equals(v.result())) { // the removal is the next event
                changes.add(new TextChange(v.version() + 1, List.of(new DeleteParagraph(v.paragraphId()))));
            }
        }
        LifecycleView.Decision decision = lifecycle.decision();
        if (decision != null && "adopted".equals(decision.decision())) {
            changes.add(new TextChange(decision.version(), List.of(),
                    d -> LifecycleView.adopt(d, decision.resolutionSymbol(), decision.at())));
        }
        changes.sort(Comparator.comparingLong(TextChange::version));
        long[] versions = new long[changes.size()];
        for (int i = 0; i < versions.length; i++) {
            versions[i] = changes.get(i).version();
        }
        Accepted built = new Accepted(versions, List.copyOf(changes));
        acceptedByDraft.put(key, built);
        return built;
    }

    private DraftDocument checkpoint(String draftId, long version) {
        String key = store.generation() + ":" + CheckpointProjection.key(draftId, version);
        DraftDocument cached = checkpointTexts.get(key);
        if (cached == null) {
            cached = checkpoints.findText(draftId, version);
            if (cached != null) {
                checkpointTexts.put(key, cached);
            }
        }
        return cached;
    }

    /** The draft at {@code version} by replaying history events from the start (views without change versions). */
    private DraftView replayed(DraftView current, long version) {
        DraftViewBuilder view = null;
        for (HistoryEntry entry : entries(current.draftId(), 0, version)) {
            EventEnvelope envelope = toEnvelope(current.draftId(), entry);
            if (view == null) {
                view = DraftViewBuilder.submitted(envelope);
            } else {
                view.apply(envelope);
            }
        }
        if (view == null || view.version() != version) {
            throw new IllegalStateException("history of " + current.draftId() + " is incomplete before version " + version);
        }
        return view.view();
    }

    /** The version the draft had at {@code instant}: the last event at or before it. */
    public long versionAt(DraftView current, Instant instant) {
        if (instant.isBefore(current.submittedAt())) {
            throw new IllegalArgumentException("draft " + current.draftId() + " was submitted at " + current.submittedAt()
                    + ", after " + instant);
        }
        if (!instant.isBefore(current.updatedAt())) {
            return current.version();
        }
        long low = 0;
        long high = HistoryBucket.bucketOf(current.version() - 1);
        while (low < high) { // the last bucket whose first event is at or before the instant
            long middle = (low + high + 1) / 2;
            if (times(current.draftId(), middle).at()[0].isAfter(instant)) {
                high = middle - 1;
            } else {
                low = middle;
            }
        }
        BucketTimes times = times(current.draftId(), low);
        long version = 0;
        for (int i = 0; i < times.at().length && !times.at()[i].isAfter(instant); i++) {
            version = times.versions()[i];
        }
        return version;
    }

    /**
     * When each event of a history bucket happened, in order. A complete bucket never changes, so its times are kept
     * (per generation): finding the version at an instant then reads no bucket twice.
     */
    private BucketTimes times(String draftId, long number) {
        String key = store.generation() + "/" + HistoryBucket.key(draftId, number);
        BucketTimes known = bucketTimes.get(key);
        if (known != null) {
            return known;
        }
        HistoryBucket bucket = bucket(draftId, number);
        BucketTimes times = new BucketTimes(bucket.entries().stream().map(HistoryEntry::at).toArray(Instant[]::new),
                bucket.entries().stream().mapToLong(HistoryEntry::version).toArray());
        if (bucket.complete()) {
            bucketTimes.put(key, times);
        }
        return times;
    }

    /** History entries with {@code fromSeq <= seq < toSeq}, in order. */
    public List<HistoryEntry> entries(String draftId, long fromSeq, long toSeq) {
        List<HistoryEntry> entries = new ArrayList<>((int) Math.max(0, Math.min(toSeq - fromSeq, 10_000)));
        for (long b = HistoryBucket.bucketOf(fromSeq); fromSeq < toSeq && b <= HistoryBucket.bucketOf(toSeq - 1); b++) {
            for (HistoryEntry entry : bucket(draftId, b).entries()) {
                if (entry.seq() >= fromSeq && entry.seq() < toSeq) {
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    private HistoryBucket bucket(String draftId, long number) {
        HistoryBucket bucket = history.findBucket(draftId, number);
        if (bucket == null || bucket.size() == 0) {
            throw new IllegalStateException("history bucket " + HistoryBucket.key(draftId, number) + " is missing");
        }
        return bucket;
    }

    /** Turns a stored history entry back into the event it records. */
    public static EventEnvelope toEnvelope(String draftId, HistoryEntry entry) {
        return new EventEnvelope(null, draftId, entry.seq(), entry.event());
    }
}
