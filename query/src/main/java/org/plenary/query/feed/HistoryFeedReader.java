package org.plenary.query.feed;

import org.plenary.platform.cache.LruCache;

import org.plenary.query.pastview.TimeTravel;
import org.plenary.query.projection.DraftView;
import org.plenary.query.projection.history.HistoryBucket;
import org.plenary.query.projection.history.HistoryEntry;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.projection.history.NegotiationHistoryProjection;
import org.plenary.shared.document.DraftDocument;
import org.plenary.shared.draft.TextChangingEvent;
import org.plenary.shared.draft.DraftEvent;
import org.plenary.shared.draft.DraftSubmittedEvent;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a draft's events from the stored history (buckets of {@link HistoryBucket#SIZE}, point reads) as
 * feed items, for clients that catch up. History is the projection's gap-free record; what it does not hold
 * yet is simply not returned, and the caller asks again later.
 */
final class HistoryFeedReader {

    private final DraftViewProjection drafts;
    private final NegotiationHistoryProjection history;
    private final TimeTravel timeTravel;
    private final LruCache<String, LiveEventPreparer.VersionedText> texts;
    private final RecentFeedItems recent;

    HistoryFeedReader(DraftViewProjection drafts, NegotiationHistoryProjection history, TimeTravel timeTravel,
                      LruCache<String, LiveEventPreparer.VersionedText> texts, RecentFeedItems recent) {
        this.drafts = drafts;
        this.history = history;
        this.timeTravel = timeTravel;
        this.texts = texts;
        this.recent = recent;
    }

    /** Versions {@code from..to} (at most {@code max}), oldest first, stopping at the first one not stored yet. */
    List<FeedItem> read(String draftId, long from, long to, int max) {
        List<FeedItem> items = new ArrayList<>();
        Buckets buckets = new Buckets(draftId);
        DraftDocument text = null;
        long textVersion = -1;
        for (long version = from; version <= to && items.size() < max; version++) {
            long seq = version - 1;
            FeedItem cached = recent.get(draftId, version);
            if (cached != null) {
                items.add(cached);
                if (textVersion == seq && !cached.changesText()) {
                    textVersion = version;
                }
                continue;
            }
            HistoryEntry entry = buckets.entry(seq);
            if (entry == null) {
                break;
            }
            DraftEvent event = entry.event();
            DraftDocument before = null;
            if (event instanceof TextChangingEvent) {
                if (textVersion != seq) {
                    text = textAt(draftId, seq);
                    textVersion = seq;
                }
                if (text == null) {
                    break;
                }
                before = text;
            }
            FeedEventFactory.Result result = FeedEventFactory.build(draftId, seq, event, before);
            if (event instanceof TextChangingEvent || event instanceof DraftSubmittedEvent) {
                text = result.after();
                textVersion = version;
            } else if (textVersion == seq) {
                textVersion = version; // the text is unchanged by this event
            }
            FeedItem item = FeedItem.of(result.event());
            recent.put(item);
            items.add(item);
        }
        return items;
    }

    /** The draft's text after {@code version} events, or null while the projection does not reach that far. */
    private DraftDocument textAt(String draftId, long version) {
        LiveEventPreparer.VersionedText cached = texts.get(draftId);
        if (cached != null && cached.version() == version) {
            return cached.document();
        }
        DraftView view = drafts.find(draftId);
        if (view == null || view.version() < version) {
            return null;
        }
        return timeTravel.textAt(view, version); // nearest checkpoint + fewer than checkpoint-interval events
    }

    /** The buckets of one draft read during one call, each at most once. */
    private final class Buckets {
        private final String draftId;
        private HistoryBucket current;

        Buckets(String draftId) {
            this.draftId = draftId;
        }

        HistoryEntry entry(long seq) {
            long number = HistoryBucket.bucketOf(seq);
            if (current == null || current.number() != number) {
                current = history.findBucket(draftId, number);
                if (current == null) {
                    return null;
                }
            }
            int index = (int) (seq - number * HistoryBucket.SIZE);
            if (index >= current.size()) {
                current = null; // may have grown since: read it again next time
                return null;
            }
            HistoryEntry entry = current.entries().get(index);
            return entry.seq() == seq ? entry : null;
        }
    }
}
