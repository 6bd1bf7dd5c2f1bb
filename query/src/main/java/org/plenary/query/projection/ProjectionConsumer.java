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
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The live consumer loop of the processing group that builds every registered projection: poll a batch, apply
 * it in memory ({@link ProjectionRun}), write it in bulk, then commit the offsets (never past a parked event). A
 * crash anywhere re-delivers from the last commit and the run drops what the projections already have:
 * at-least-once delivery, exactly-once effect.
 *
 * <p>A batch that cannot be written (MongoDB away) or committed (the group rebalanced meanwhile) is not lost: the
 * loop forgets what it holds in memory, waits {@code retryBackoff}, and reads again from the committed offsets, for
 * as long as it takes; it keeps polling meanwhile, so the node stays in its group. Each generation of projections has
 * its own consumer group ({@link ProjectionGenerations.Active#group()}): {@link LiveControl#switchTo} leaves one and
 * joins the next.
 */
public class ProjectionConsumer implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final Function<String, Consumer<String, byte[]>> consumers;
    private final String topic;
    private final ProjectionRun run;
    private final ProjectionStore store;
    private final VersionNotifier notifier;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final ProjectionStatus status = new ProjectionStatus();
    private volatile ProjectionDurability durability = ProjectionDurability.NONE;
    private final Thread thread;
    private final BlockingQueue<java.util.function.Consumer<LiveControl>> tasks = new LinkedBlockingQueue<>();
    private volatile Consumer<String, byte[]> consumer;
    private volatile boolean running = true;
    private boolean rewind;
    private long nextFailureLog;

    /** What a task run between two batches may do with the live consumer (see {@link #betweenBatches}). */
    public interface LiveControl {
        /** Next offset to read per assigned partition: everything before it has been applied or parked. */
        Map<TopicPartition, Long> positions();

        /** Forgets in-memory state and reads again from the committed offsets (parked events included). */
        void restartFromCommitted();

        /** Serves and projects generation {@code generation} from now on, in consumer group {@code group}. */
        void switchTo(int generation, String group);
    }

    /**
     * @param consumers a new consumer of the given group (one per generation the node projects into)
     * @param group     the group of the generation {@code store} serves now
     * @param run       applies the events to every projection and writes them
     * @param store     the live store (it switches generations), where unreadable records are kept (dead letters)
     */
    public ProjectionConsumer(Function<String, Consumer<String, byte[]>> consumers, String group, String topic,
                              ProjectionRun run, ProjectionStore store, VersionNotifier notifier, Duration pollTimeout,
                              Duration retryBackoff) {
        this.consumers = Objects.requireNonNull(consumers, "consumers");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.run = Objects.requireNonNull(run, "run");
        this.store = Objects.requireNonNull(store, "store");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "poll timeout");
        this.retryBackoff = Objects.requireNonNull(retryBackoff, "retry backoff");
        this.consumer = consumers.apply(Objects.requireNonNull(group, "group"));
        this.status.projecting(store.generation(), group);
        this.thread = new Thread(this, "plenary-projections");
    }

    /** A consumer that stays in the group of {@code consumer} (no generation switch), retrying after 100 ms. */
    public ProjectionConsumer(Consumer<String, byte[]> consumer, String topic, ProjectionRun run,
                              ProjectionStore store, VersionNotifier notifier, Duration pollTimeout) {
        this(group -> consumer, "the given consumer's", topic, run, store, notifier, pollTimeout, Duration.ofMillis(100));
    }

    /** What makes a written batch durable before its offsets are committed (before {@link #start()}). */
    public ProjectionConsumer durability(ProjectionDurability durability) {
        this.durability = java.util.Objects.requireNonNull(durability, "durability");
        return this;
    }

    public void start() {
        thread.start();
    }

    public ProjectionStatus status() {
        return status;
    }

    @Override
    public void run() {
        try {
            subscribe();
            while (running) {
                try {
                    runTasks();
                    if (rewind) {
                        rewind();
                    }
                    ConsumerRecords<String, byte[]> records = consumer.poll(pollTimeout);
                    if (!records.isEmpty()) {
                        process(records);
                    }
                    measureLag();
                    if (records.isEmpty() && status.lastFailure() != null && status.maxLag() == 0) {
                        status.recovered(); // e.g. a commit refused in a rebalance, and nothing left to write since
                    }
                } catch (WakeupException e) {
                    // woken for a task or to stop
                } catch (RuntimeException e) {
                    if (running) {
                        failed(e);
                    }
                }
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
            status.markStopped();
        }
    }

    private void subscribe() {
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                run.reset();
                status.revoked(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                run.reset();
                log.info("Projecting partitions {} of {} (group {})", partitions, topic, status.group());
            }
        });
    }

    private void process(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> next = new HashMap<>();
        long applied = 0;
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                String json = new String(record.value(), StandardCharsets.UTF_8);
                EventEnvelope envelope;
                try {
                    envelope = EventCodec.decode(record.value());
                } catch (RuntimeException e) {
                    log.error("Unreadable record {}/{}: {}", partition, record.offset(), e.getMessage());
                    store.deadLetter(record.topic(), record.partition(), record.offset(), json, e.toString());
                    next.put(partition, record.offset() + 1);
                    continue;
                }
                MDC.put("eventId", envelope.eventId());
                MDC.put("draftId", envelope.draftId());
                run.accept(envelope, json, partition, record.offset());
                next.put(partition, record.offset() + 1);
                applied++;
            }
        } finally {
            MDC.remove("eventId");
            MDC.remove("draftId");
        }
        Map<String, Long> versions = run.flush();
        durability.awaitDurable();
        Map<TopicPartition, Long> parked = run.lowestParkedOffsets();
        Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
        next.forEach((partition, offset) ->
                commit.put(partition, new OffsetAndMetadata(Math.min(offset, parked.getOrDefault(partition, offset)))));
        awake(() -> {
            consumer.commitSync(commit);
            return null;
        });
        if (status.lastFailure() != null) {
            log.info("Projection writes work again ({} failed batches so far)", status.failures());
        }
        status.written(applied, run.duplicatesDropped());
        notifier.applied(versions);
    }

    /** Forgets what the failed batch left in memory and reads it again from the committed offsets, after a pause. */
    private void failed(RuntimeException e) {
        status.failed(e);
        long now = System.currentTimeMillis();
        if (now >= nextFailureLog) {
            log.warn("Projection batch not written or committed ({}); reading it again from the last commit every {} ms"
                    + " until it is", e.toString(), retryBackoff.toMillis());
            nextFailureLog = now + 10_000;
        }
        run.reset();
        rewind = true;
        try {
            Thread.sleep(retryBackoff.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void measureLag() {
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                status.lag(partition, lag.getAsLong());
            }
        }
    }

    /**
     * Runs {@code task} on the consumer thread between two batches (nothing unwritten in memory then) and
     * completes when it has run; the projection makes no progress meanwhile.
     */
    public CompletableFuture<Void> betweenBatches(java.util.function.Consumer<LiveControl> task) {
        CompletableFuture<Void> done = new CompletableFuture<>();
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
                rewind();
            }

            @Override
            public void switchTo(int generation, String group) {
                run.reset();
                store.switchTo(generation);
                if (!group.equals(status.group())) {
                    consumer.close(Duration.ofSeconds(5));
                    consumer = consumers.apply(group);
                    status.projecting(generation, group);
                    subscribe();
                } else {
                    status.projecting(generation, group);
                }
                log.info("Projecting generation {} (group {})", generation, group);
            }
        };
        for (java.util.function.Consumer<LiveControl> task; (task = tasks.poll()) != null; ) {
            task.accept(control);
        }
    }

    private void rewind() {
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
        rewind = false;
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
