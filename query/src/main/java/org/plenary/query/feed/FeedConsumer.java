package org.plenary.query.feed;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads every partition of the topic for this node's live feeds, without a consumer group: each query node
 * sees every event whichever node builds the projections, and commits nothing. Partitions that exist at start
 * are read from their end (what was published before is in the stored history); partitions that appear later
 * are read from their beginning, since everything in them is new.
 */
public class FeedConsumer implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedConsumer.class);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final FeedHub hub;
    private final Duration pollTimeout;
    private final long partitionCheckMillis;
    private final Set<TopicPartition> assigned = new HashSet<>();
    private final Thread thread;
    private volatile boolean running = true;
    private long nextPartitionCheck;

    public FeedConsumer(Consumer<String, byte[]> consumer, String topic, FeedHub hub, Duration pollTimeout,
                        Duration partitionCheck) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.hub = Objects.requireNonNull(hub, "hub");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "poll timeout");
        this.partitionCheckMillis = Objects.requireNonNull(partitionCheck, "partition check").toMillis();
        this.thread = new Thread(this, "plenary-feed-consumer");
        this.thread.setDaemon(true);
    }

    /**
     * Positions the consumer at the end of the existing partitions before returning, so every event
     * published after the app has started reaches the feeds; then starts the polling thread.
     */
    public void start() {
        assignNewPartitions(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            while (running) {
                if (System.currentTimeMillis() >= nextPartitionCheck) {
                    assignNewPartitions(false);
                }
                if (assigned.isEmpty()) {
                    Thread.sleep(pollTimeout.toMillis());
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(pollTimeout)) {
                    publish(record);
                }
            }
        } catch (WakeupException | InterruptedException e) {
            if (running) {
                log.error("Feed consumer interrupted; live feeds stop until restart", e);
            }
        } catch (RuntimeException e) {
            log.error("Feed consumer stopped; live feeds stop until restart", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void publish(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope;
        try {
            envelope = EventCodec.decode(record.value());
        } catch (RuntimeException e) {
            // the projection keeps it as a dead letter; the feed has nothing to show for it
            log.warn("Feed skips unreadable record {}-{}@{}", record.topic(), record.partition(), record.offset());
            return;
        }
        hub.publish(envelope);
    }

    private void assignNewPartitions(boolean atEnd) {
        nextPartitionCheck = System.currentTimeMillis() + partitionCheckMillis;
        List<PartitionInfo> infos;
        try {
            infos = consumer.partitionsFor(topic, Duration.ofSeconds(5));
        } catch (RuntimeException e) {
            log.warn("Cannot list the partitions of {}: {}", topic, e.toString());
            return;
        }
        List<TopicPartition> fresh = new ArrayList<>();
        for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
            TopicPartition partition = new TopicPartition(info.topic(), info.partition());
            if (!assigned.contains(partition)) {
                fresh.add(partition);
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        assigned.addAll(fresh);
        consumer.assign(assigned);
        if (atEnd) {
            consumer.seekToEnd(fresh);
            fresh.forEach(consumer::position); // resolves the end offsets now, not at the first poll
        } else {
            consumer.seekToBeginning(fresh);
        }
        log.info("Feed reads {} partitions of {}", assigned.size(), topic);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
