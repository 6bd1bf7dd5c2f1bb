package org.plenary.query.feed;

import org.plenary.platform.cache.LruCache;

import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fans the events this node reads live out to its feed clients. Registration and fan-out share one lock,
 * so a new client learns every version the node has seen before it registered and receives every one after:
 * nothing falls between. Fan-out only queues (or drops) per client; it never waits for a client.
 */
public class FeedHub {

    private static final Logger log = LoggerFactory.getLogger(FeedHub.class);

    private final Object lock = new Object();
    private final LiveEventPreparer preparer;
    private final LruCache<String, Long> latestSeen;
    private final Map<String, Set<Subscription>> byDraft = new ConcurrentHashMap<>();
    private final Set<Subscription> allDrafts = ConcurrentHashMap.newKeySet();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong overflows = new AtomicLong();

    FeedHub(LiveEventPreparer preparer, int cacheSize) {
        this.preparer = preparer;
        this.latestSeen = new LruCache<>(cacheSize);
    }

    /** An event read live from Kafka (duplicates and out-of-order events included), on the consumer thread. */
    void publish(EventEnvelope envelope) {
        FeedItem item = preparer.prepare(envelope);
        synchronized (lock) {
            Long seen = latestSeen.get(item.draftId());
            if (seen == null || seen < item.version()) {
                latestSeen.put(item.draftId(), item.version());
            }
            Set<Subscription> subscribers = byDraft.get(item.draftId());
            if (subscribers != null) {
                subscribers.forEach(s -> s.onLive(item));
            }
            allDrafts.forEach(s -> s.onLive(item));
        }
        published.incrementAndGet();
    }

    /** Adds a client of one draft; returns the highest version of it this node has seen live (0 if none). */
    long register(String draftId, Subscription subscription) {
        synchronized (lock) {
            byDraft.compute(draftId, (k, set) -> {
                Set<Subscription> subscribers = set != null ? set : ConcurrentHashMap.newKeySet();
                subscribers.add(subscription);
                return subscribers;
            });
            Long seen = latestSeen.get(draftId);
            return seen == null ? 0 : seen;
        }
    }

    /** Adds a client of all drafts; returns the highest version of each draft this node has seen live. */
    Map<String, Long> registerAllDrafts(Subscription subscription) {
        synchronized (lock) {
            allDrafts.add(subscription);
            return latestSeen.copy();
        }
    }

    /** Removes a client whose connection ended. Lock-free: called from any thread, even during fan-out. */
    void unregister(Subscription subscription, SseConnection.Ending ending) {
        log.debug("Feed of {} closed: {}", subscription.draftId() == null ? "all drafts" : subscription.draftId(), ending);
        if (ending == SseConnection.Ending.OVERFLOW) {
            overflows.incrementAndGet();
        }
        if (subscription.draftId() == null) {
            allDrafts.remove(subscription);
        } else {
            // atomic per key with register(): a set is never dropped while a client is being added to it
            byDraft.computeIfPresent(subscription.draftId(), (k, set) -> {
                set.remove(subscription);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Sends a heartbeat comment to every client with nothing queued. */
    void heartbeat() {
        try {
            allDrafts.forEach(s -> s.connection().heartbeat());
            byDraft.values().forEach(set -> set.forEach(s -> s.connection().heartbeat()));
        } catch (RuntimeException e) {
            // a periodic task that throws is never run again: keep the heartbeats going
            log.warn("Heartbeat round failed: {}", e.toString());
        }
    }

    /** Ends every feed (at shutdown: clients reconnect to another node with their last id). */
    void closeAll() {
        allDrafts.forEach(s -> s.connection().close(SseConnection.Ending.SHUTDOWN));
        byDraft.values().forEach(set -> set.forEach(s -> s.connection().close(SseConnection.Ending.SHUTDOWN)));
    }

    /** Open feeds on this node. */
    public int clients() {
        return allDrafts.size() + byDraft.values().stream().mapToInt(Set::size).sum();
    }

    /** Events read live since start (duplicates included). */
    public long eventsPublished() {
        return published.get();
    }

    /** Clients disconnected because they fell more than {@code plenary.feed.client-buffer} events behind. */
    public long overflowDisconnects() {
        return overflows.get();
    }
}
