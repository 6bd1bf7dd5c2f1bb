package org.plenary.query.feed;

import org.plenary.query.cache.BoundedCache;

/**
 * The node's in-memory feed state shared by live preparation and history catch-up: each draft's latest
 * text (to describe accepted amendments) and the recently described events.
 */
record FeedCaches(BoundedCache<String, LiveEventPreparer.VersionedText> texts, RecentFeedItems recent) {

    static FeedCaches of(FeedProperties properties) {
        return new FeedCaches(new BoundedCache<>(properties.cacheSize()), new RecentFeedItems(properties.recentEvents()));
    }
}
