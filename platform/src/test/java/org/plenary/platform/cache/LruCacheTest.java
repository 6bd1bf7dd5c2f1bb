package org.plenary.platform.cache;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LruCacheTest {

    @Test
    void evictsTheLeastRecentlyUsedEntryAReadCountsAsAUse() {
        LruCache<String, Integer> cache = new LruCache<>(2);
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.get("a")).isEqualTo(1); // "b" is now the least recently used

        cache.put("c", 3);

        assertThat(cache.get("b")).isNull();
        assertThat(cache.copy()).containsExactly(java.util.Map.entry("a", 1), java.util.Map.entry("c", 3));
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void conditionalOperationsKeepTheirMapMeaning() {
        LruCache<String, Integer> cache = new LruCache<>(10);
        assertThat(cache.putIfAbsent("a", 1)).isNull();
        assertThat(cache.putIfAbsent("a", 2)).isEqualTo(1);
        assertThat(cache.computeIfPresent("a", (k, v) -> v + 10)).isEqualTo(11);
        assertThat(cache.computeIfPresent("z", (k, v) -> 0)).isNull();
        assertThat(cache.containsKey("z")).isFalse();
        assertThat(cache.remove("a")).isTrue();
        assertThat(cache.remove("a")).isFalse();
        cache.put("b", 2);
        cache.clear();
        assertThat(cache.size()).isZero();
    }

    @Test
    void staysWithinItsCapacityUnderConcurrentUse() throws InterruptedException {
        LruCache<Integer, Integer> cache = new LruCache<>(100);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int offset = t * 10_000;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 10_000; i++) {
                    cache.put(offset + i, i);
                    cache.get(offset + i / 2);
                }
            });
            thread.start();
            threads.add(thread);
        }
        start.countDown();
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(cache.size()).isEqualTo(100);
        assertThat(cache.copy()).hasSize(100);
    }

    @Test
    void refusesACapacityBelowOne() {
        assertThatThrownBy(() -> new LruCache<>(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
