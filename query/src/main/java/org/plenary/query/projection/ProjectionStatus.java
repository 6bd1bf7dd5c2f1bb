package org.plenary.query.projection;

import org.apache.kafka.common.TopicPartition;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the live projection consumer of this node is doing, for health and metrics: the partitions it owns and how
 * far behind each is (records on the topic it has not written yet), events applied, duplicates dropped, write
 * failures and the last one, the generation and consumer group it projects into. Written by the consumer thread,
 * read by any.
 */
public final class ProjectionStatus {

    private final Map<TopicPartition, Long> lag = new ConcurrentHashMap<>();
    private final AtomicLong applied = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong rebalances = new AtomicLong();
    private volatile String lastFailure;
    private volatile Instant failingSince;
    private volatile int generation;
    private volatile String group;
    private volatile boolean stopped;

    /** Records not yet written per owned partition (partitions of other nodes are absent). */
    public Map<TopicPartition, Long> lag() {
        return Map.copyOf(lag);
    }

    public long maxLag() {
        return lag.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    public long applied() {
        return applied.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    /** Batches that could not be written or committed (each is read again and retried). */
    public long failures() {
        return failures.get();
    }

    public long rebalances() {
        return rebalances.get();
    }

    /** The error of the failure still being retried, or null when the last batch was written. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Since when batches fail without one written in between, or null. */
    public Instant failingSince() {
        return failingSince;
    }

    public int generation() {
        return generation;
    }

    public String group() {
        return group;
    }

    /** True once the consumer thread has ended (the app is closing). */
    public boolean stopped() {
        return stopped;
    }

    void projecting(int generation, String group) {
        this.generation = generation;
        this.group = group;
        lag.clear();
    }

    void lag(TopicPartition partition, long records) {
        lag.put(partition, records);
    }

    void revoked(java.util.Collection<TopicPartition> partitions) {
        partitions.forEach(lag::remove);
        if (!partitions.isEmpty()) {
            rebalances.incrementAndGet();
        }
    }

    void written(long events, long duplicatesDropped) {
        applied.addAndGet(events);
        duplicates.set(duplicatesDropped);
        lastFailure = null;
        failingSince = null;
    }

    void recovered() {
        lastFailure = null;
        failingSince = null;
    }

    void failed(Exception e) {
        failures.incrementAndGet();
        lastFailure = e.toString();
        if (failingSince == null) {
            failingSince = Instant.now();
        }
    }

    void markStopped() {
        stopped = true;
    }
}
