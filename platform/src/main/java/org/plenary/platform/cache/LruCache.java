package org.plenary.platform.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * A map of at most {@code capacity} entries that evicts the least recently used one (a read counts as a use),
 * with strong references: what a node keeps in memory stays bounded whatever the number of drafts, and is not
 * lost at the next GC as with weak or soft references. Thread-safe; every operation holds the cache's lock
 * briefly, which costs a single-threaded user an uncontended lock.
 */
public final class LruCache<K, V> {

    private final Map<K, V> entries;

    /** @throws IllegalArgumentException if {@code capacity < 1} */
    public LruCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("cache capacity must be at least 1, not " + capacity);
        }
        this.entries = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value, or null; counts as a use. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Puts the value unless the key has one; returns the value it had, or null when it was put. */
    public synchronized V putIfAbsent(K key, V value) {
        return entries.putIfAbsent(key, value);
    }

    /** Replaces the value of a present key by {@code update(key, value)} (null removes it); returns the new value. */
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> update) {
        return entries.computeIfPresent(key, update);
    }

    public synchronized boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    /** Removes the entry; returns whether there was one. */
    public synchronized boolean remove(K key) {
        return entries.remove(key) != null;
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }

    /** A snapshot of the entries, least recently used first. */
    public synchronized Map<K, V> copy() {
        return new LinkedHashMap<>(entries);
    }
}
