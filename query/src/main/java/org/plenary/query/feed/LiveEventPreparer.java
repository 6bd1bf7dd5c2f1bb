package org.plenary.query.feed;

import org.plenary.platform.cache.LruCache;

import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;
import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an event read live from Kafka into a {@link FeedItem}, on the feed consumer thread. The text before
 * an accepted amendment (or a chosen alternative) comes from a per-node cache of each draft's latest text, advanced by the live events
 * themselves; on a miss, one point read of the draft view helps if the projection is exactly there. Otherwise
 * the item is pending and clients read that event from history: the consumer thread never waits.
 */
final class LiveEventPreparer {

    private static final Logger log = LoggerFactory.getLogger(LiveEventPreparer.class);

    /** A draft's text after {@code version} events. */
    record VersionedText(long version, DraftDocument document) {
    }

    private final DraftViewProjection drafts;
    private final LruCache<String, VersionedText> texts;
    private final RecentFeedItems recent;

    LiveEventPreparer(DraftViewProjection drafts, LruCache<String, VersionedText> texts, RecentFeedItems recent) {
        this.drafts = drafts;
        this.texts = texts;
        this.recent = recent;
    }

    FeedItem prepare(EventEnvelope envelope) {
        String draftId = envelope.draftId();
        FeedItem known = recent.get(draftId, envelope.version());
        if (known != null) {
            return known; // a duplicate delivery: described already
        }
        try {
            DraftDocument before = textBefore(envelope);
            if (envelope.event() instanceof TextChangingEvent && before == null) {
                return FeedItem.pending(draftId, envelope.version());
            }
            FeedEventFactory.Result result = FeedEventFactory.build(draftId, envelope.seq(), envelope.event(), before);
            if (result.after() != null) {
                texts.put(draftId, new VersionedText(envelope.version(), result.after()));
            }
            FeedItem item = FeedItem.of(result.event());
            recent.put(item);
            return item;
        } catch (RuntimeException e) {
            log.warn("Cannot describe {} of {} at seq {}; clients read it from history: {}", envelope.type(), draftId,
                    envelope.seq(), e.toString());
            texts.remove(draftId);
            return FeedItem.pending(draftId, envelope.version());
        }
    }

    private DraftDocument textBefore(EventEnvelope envelope) {
        if (envelope.event() instanceof DraftSubmittedEvent) {
            return null;
        }
        VersionedText cached = texts.get(envelope.draftId());
        if (cached != null && cached.version() == envelope.seq()) {
            return cached.document();
        }
        if (envelope.event() instanceof TextChangingEvent) {
            DraftView view = drafts.find(envelope.draftId());
            if (view != null && view.version() == envelope.seq()) {
                return view.document();
            }
        }
        return null;
    }
}
