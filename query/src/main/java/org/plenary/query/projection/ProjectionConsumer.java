package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The consumer loop of the processing group: poll a batch, apply it in memory, write it in bulk, then
 * commit the offsets (never past a parked event). A crash anywhere re-delivers from the last commit and
 * the projector drops what it already has: at-least-once delivery, exactly-once effect.
 */
public class ProjectionConsumer implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final DraftProjector projector;
    private final ProjectionStore store;
    private final VersionNotifier notifier;
    private final Duration pollTimeout;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long applied;

    public ProjectionConsumer(Consumer<String, byte[]> consumer, String topic, DraftProjector projector,
                              ProjectionStore store, VersionNotifier notifier, Duration pollTimeout) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.projector = Objects.requireNonNull(projector, "projector");
        this.store = Objects.requireNonNull(store, "store");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "poll timeout");
        this.thread = new Thread(this, "plenary-projections");
    }

    public void start() {
        thread.start();
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                    projector.reset();
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    projector.reset();
                }
            });
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
                if (!records.isEmpty()) {
                    process(records);
                }
            }
        } catch (WakeupException e) {
            if (running) {
                throw e;
            }
        } catch (RuntimeException e) {
            log.error("Projection consumer stopped; restart the query app to resume from the last commit", e);
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            EventEnvelope envelope;
            try {
                envelope = EventCodec.decode(record.value());
            } catch (RuntimeException e) {
                log.error("Unreadable record {}/{}: {}", partition, record.offset(), e.getMessage());
                store.deadLetter(record.topic(), record.partition(), record.offset(),
                        new String(record.value(), StandardCharsets.UTF_8), e.toString());
                next.put(partition, record.offset() + 1);
                continue;
            }
            projector.accept(envelope, partition, record.offset());
            next.put(partition, record.offset() + 1);
        }
        Map<String, Long> versions = projector.flush();
        Map<TopicPartition, Long> parked = projector.lowestParkedOffsets();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((partition, offset) ->
                commit.put(partition, new OffsetAndMetadata(Math.min(offset, parked.getOrDefault(partition, offset)))));
        consumer.commitSync(commit);
        applied += records.count();
        notifier.applied(versions);
    }

    /** Records consumed since start (duplicates included). */
    public long recordsConsumed() {
        return applied;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
