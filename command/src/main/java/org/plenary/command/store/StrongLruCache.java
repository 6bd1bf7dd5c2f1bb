package org.plenary.command.store;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.plenary.platform.cache.LruCache;

import java.util.function.UnaryOperator;

/**
 * An Axon aggregate cache that keeps up to {@code capacity} entries with strong references, evicting the
 * least recently used ({@link LruCache}). Axon's WeakReferenceCache loses every aggregate at each GC, which
 * makes each command reload its draft from the store.
 */
public class StrongLruCache implements Cache {

    private final LruCache<Object, Object> entries;

    public StrongLruCache(int capacity) {
        this.entries = new LruCache<>(capacity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value) == null;
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        entries.computeIfPresent(key, (k, v) -> update.apply((V) v));
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener entryListener) {
        return () -> true; // nothing in Plenary listens to cache entries
    }
}
