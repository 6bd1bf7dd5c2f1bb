package org.plenary.query.feed;

import org.plenary.platform.cache.LruCache;

/**
 * The last feed items described on this node, by draft and version: clients that catch up (after a
 * reconnect, or because live delivery was ahead of them) mostly find what they missed here instead of
 * reading and re-describing history.
 */
final class RecentFeedItems {

    private final LruCache<String, FeedItem> items;

    RecentFeedItems(int capacity) {
        this.items = new LruCache<>(capacity);
    }

    FeedItem get(String draftId, long version) {
        return items.get(draftId + ":" + version);
    }

    void put(FeedItem item) {
        if (item.ready()) {
            items.put(item.draftId() + ":" + item.version(), item);
        }
    }
}
