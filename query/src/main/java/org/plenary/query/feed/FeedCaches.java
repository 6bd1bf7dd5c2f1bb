package org.plenary.query.feed;

import org.plenary.platform.cache.LruCache;

/**
 * The node's in-memory feed state shared by live preparation and history catch-up: each draft's latest
 * text (to describe accepted amendments) and the recently described events.
 */
record FeedCaches(LruCache<String, LiveEventPreparer.VersionedText> texts, RecentFeedItems recent) {

    static FeedCaches of(FeedProperties properties) {
        return new FeedCaches(new LruCache<>(properties.cacheSize()), new RecentFeedItems(properties.recentEvents()));
    }
}
