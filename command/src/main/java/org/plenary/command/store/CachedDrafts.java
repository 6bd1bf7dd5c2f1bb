package org.plenary.command.store;

import org.axonframework.common.caching.Cache;

import java.util.Objects;

/**
 * A draft kept in a node's aggregate cache can be behind the store when another node decided on it since. A write
 * from a stale draft collides on {@code _id} and is retried; a refusal decided on one touches no store and would
 * stand, wrongly ("no amendment A1" for an amendment another node recorded). So a refusal is checked: when the store
 * holds an event at the version the draft had, the draft was stale; it is dropped from the cache and decides again.
 */
public class CachedDrafts {

    private final MongoEventStorageEngine events;
    private final Cache cache;

    public CachedDrafts(MongoEventStorageEngine events, Cache cache) {
        this.events = Objects.requireNonNull(events, "events");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** True (and the draft is dropped from the cache) when the store holds events after {@code version}. */
    public boolean evictIfBehind(String draftId, long version) {
        if (!events.hasEvent(draftId, version)) {
            return false;
        }
        cache.remove(draftId);
        return true;
    }
}
