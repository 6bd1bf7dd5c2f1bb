package org.plenary.query.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small thread-safe LRU map: a node's memory stays bounded whatever the number of drafts. */
public final class BoundedCache<K, V> {

    private final Map<K, V> entries;

    public BoundedCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized Map<K, V> copy() {
        return new LinkedHashMap<>(entries);
    }
}
