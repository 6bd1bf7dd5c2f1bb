package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;

/**
 * The live consumer loop of the processing group that builds every registered projection: poll a batch, apply
 * it in memory ({@link ProjectionRun}), write it in bulk, then commit the offsets (never past a parked event;
 * {@link ProjectionBatchWriter}). A crash anywhere re-delivers from the last commit and the run drops what the
 * projections already have: at-least-once delivery, exactly-once effect.
 *
 * <p>A batch that cannot be written (MongoDB away) or committed (the group rebalanced meanwhile) is not lost: the
 * loop forgets what it holds in memory, waits {@code retryBackoff}, and reads again from the committed offsets, for
 * as long as it takes; it keeps polling meanwhile, so the node stays in its group. Each generation of projections has
 * its own consumer group ({@link ProjectionGenerations.Active#group()}): {@link LiveControl#switchTo} leaves one and
 * joins the next ({@link ProjectionGroupConsumer}).
 */
public class ProjectionConsumer implements Runnable, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final ProjectionRun run;
    private final ProjectionStore store;
    private final Duration pollTimeout;
    private final Duration retryBackoff;
    private final ProjectionStatus status = new ProjectionStatus();
    private final ProjectionGroupConsumer group;
    private final ProjectionBatchWriter batches;
    private final Thread thread;
    private final BlockingQueue<java.util.function.Consumer<LiveControl>> tasks = new LinkedBlockingQueue<>();
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
        Objects.requireNonNull(consumers, "consumers");
        Objects.requireNonNull(topic, "topic");
        this.run = Objects.requireNonNull(run, "run");
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(notifier, "notifier");
        this.pollTimeout = Objects.requireNonNull(pollTimeout, "poll timeout");
        this.retryBackoff = Objects.requireNonNull(retryBackoff, "retry backoff");
        this.group = new ProjectionGroupConsumer(consumers, Objects.requireNonNull(group, "group"), topic, run, status);
        this.status.projecting(store.generation(), group);
        this.batches = new ProjectionBatchWriter(run, store, this.group, status, notifier);
        this.thread = new Thread(this, "plenary-projections");
    }

    /** A consumer that stays in the group of {@code consumer} (no generation switch), retrying after 100 ms. */
    public ProjectionConsumer(Consumer<String, byte[]> consumer, String topic, ProjectionRun run,
                              ProjectionStore store, VersionNotifier notifier, Duration pollTimeout) {
        this(group -> consumer, "the given consumer's", topic, run, store, notifier, pollTimeout, Duration.ofMillis(100));
    }

    /** What makes a written batch durable before its offsets are committed (before {@link #start()}). */
    public ProjectionConsumer durability(ProjectionDurability durability) {
        batches.durability(durability);
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
            group.subscribe();
            while (running) {
                try {
                    runTasks();
                    if (rewind) {
                        rewind();
                    }
                    ConsumerRecords<String, byte[]> records = group.poll(pollTimeout);
                    if (!records.isEmpty()) {
                        batches.process(records);
                    }
                    group.measureLag();
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
            group.close();
            status.markStopped();
        }
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
        group.wakeup();
        return done;
    }

    private void runTasks() {
        LiveControl control = new LiveControl() {
            @Override
            public Map<TopicPartition, Long> positions() {
                return group.positions();
            }

            @Override
            public void restartFromCommitted() {
                rewind();
            }

            @Override
            public void switchTo(int generation, String to) {
                run.reset();
                store.switchTo(generation);
                group.switchTo(generation, to);
                log.info("Projecting generation {} (group {})", generation, to);
            }
        };
        for (java.util.function.Consumer<LiveControl> task; (task = tasks.poll()) != null; ) {
            task.accept(control);
        }
    }

    private void rewind() {
        run.reset();
        group.seekToCommitted();
        rewind = false;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        group.wakeup();
        thread.join(10_000);
    }
}
