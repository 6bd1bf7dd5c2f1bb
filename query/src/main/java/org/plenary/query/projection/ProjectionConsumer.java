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
 * The live consumer loop of the processing group that builds every registered projection: poll a batch, apply
 * it in memory ({@link ProjectionRun}), write it in bulk, then commit the offsets (never past a parked event). A
 * crash anywhere re-delivers from the last commit and the run drops what the projections already have:
 * at-least-once delivery, exactly-once effect.
 */
public class ProjectionConsumer implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final ProjectionRun run;
    private final ProjectionStore store;
    private final VersionNotifier notifier;
    private final Duration pollTimeout;
    private final Thread thread;
    private volatile boolean running = true;
    private final java.util.concurrent.BlockingQueue<java.util.function.Consumer<LiveControl>> tasks =
            new java.util.concurrent.LinkedBlockingQueue<>();

    /** What a task run between two batches may do with the live consumer (see {@link #betweenBatches}). */
    public interface LiveControl {
        /** Next offset to read per assigned partition: everything before it has been applied or parked. */
        Map<TopicPartition, Long> positions();

        /** Forgets in-memory state and reads again from the committed offsets (parked events included). */
        void restartFromCommitted();
    }

    /**
     * @param run   applies the events to every projection and writes them
     * @param store where unreadable records are kept (dead letters)
     */
    public ProjectionConsumer(Consumer<String, byte[]> consumer, String topic, ProjectionRun run,
                              ProjectionStore store, VersionNotifier notifier, Duration pollTimeout) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.run = Objects.requireNonNull(run, "run");
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
                    run.reset();
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    run.reset();
                }
            });
            while (running) {
                runTasks();
                ConsumerRecords<String, byte[]> records;
                try {
                    records = consumer.poll(pollTimeout);
                } catch (WakeupException e) {
                    continue; // woken for a task or to stop
                }
                if (!records.isEmpty()) {
                    process(records);
                }
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
            run.accept(envelope, new String(record.value(), StandardCharsets.UTF_8), partition, record.offset());
            next.put(partition, record.offset() + 1);
        }
        Map<String, Long> versions = run.flush();
        Map<TopicPartition, Long> parked = run.lowestParkedOffsets();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((partition, offset) ->
                commit.put(partition, new OffsetAndMetadata(Math.min(offset, parked.getOrDefault(partition, offset)))));
        awake(() -> {
            consumer.commitSync(commit);
            return null;
        });
        notifier.applied(versions);
    }

    /**
     * Runs {@code task} on the consumer thread between two batches (nothing unwritten in memory then) and
     * completes when it has run; the projection makes no progress meanwhile.
     */
    public java.util.concurrent.CompletableFuture<Void> betweenBatches(java.util.function.Consumer<LiveControl> task) {
        java.util.concurrent.CompletableFuture<Void> done = new java.util.concurrent.CompletableFuture<>();
        tasks.add(control -> {
            try {
                task.accept(control);
                done.complete(null);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        consumer.wakeup();
        return done;
    }

    private void runTasks() {
        LiveControl control = new LiveControl() {
            @Override
            public Map<TopicPartition, Long> positions() {
                Map<TopicPartition, Long> positions = new HashMap<>();
                for (TopicPartition partition : consumer.assignment()) {
                    positions.put(partition, awake(() -> consumer.position(partition)));
                }
                return positions;
            }

            @Override
            public void restartFromCommitted() {
                run.reset();
                Map<TopicPartition, OffsetAndMetadata> committed = awake(() -> consumer.committed(consumer.assignment()));
                for (TopicPartition partition : consumer.assignment()) {
                    OffsetAndMetadata offset = committed.get(partition);
                    if (offset == null) {
                        consumer.seekToBeginning(List.of(partition));
                    } else {
                        consumer.seek(partition, offset.offset());
                    }
                }
            }
        };
        for (java.util.function.Consumer<LiveControl> task; (task = tasks.poll()) != null; ) {
            task.accept(control);
        }
    }

    /** Runs a blocking consumer call, once more if a wake-up meant for the poll interrupted it. */
    private static <T> T awake(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (WakeupException e) {
            return call.get();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
