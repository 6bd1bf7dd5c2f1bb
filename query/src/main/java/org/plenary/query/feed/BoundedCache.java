package org.plenary.query.feed;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small thread-safe LRU map: the feed's memory stays bounded whatever the number of drafts. */
final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(K key) {
        return entries.get(key);
    }

    synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    synchronized void remove(K key) {
        entries.remove(key);
    }

    synchronized Map<K, V> copy() {
        return new LinkedHashMap<>(entries);
    }
}
