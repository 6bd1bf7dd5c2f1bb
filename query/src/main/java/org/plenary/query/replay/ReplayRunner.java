package org.plenary.query.replay;

import org.plenary.query.projection.ProjectionGenerations;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.projection.DraftProjector;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rebuilds every projection from the Kafka topic, from offset 0, into a fresh generation of collections
 * while the live ones keep serving, then switches over atomically:
 * <ol>
 *   <li>read the topic with group-less consumers, {@code threads} partitions at a time, each by its own
 *       thread with its own {@link DraftProjector} (a draft lives in one partition, so the threads share no
 *       draft and the drafts in memory are those of the partitions being read): events are applied in memory,
 *       each history bucket is written once when it is full, each draft once at the end of its partition
 *       (earlier when more than {@code cacheDrafts} wait, which bounds the heap);</li>
 *   <li>once caught up, pause the live consumer between two batches, read exactly up to its positions, compare
 *       a checksum per draft of the rebuilt and the live projections, activate the new generation, and let
 *       the live consumer continue from its committed offsets (duplicates are dropped by version).</li>
 * </ol>
 * This node's live consumer must own every partition (stop the projections of other query nodes first).
 */
public class ReplayRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);

    /** Settings of a replay; see query.yml. */
    public record Settings(String bootstrapServers, String topic, int cacheDrafts, int checkpointInterval,
                           int maxPollRecords, int flushEvents, int threads) {

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("plenary.replay.threads must be at least 1, not " + threads);
            }
        }
    }

    private final Settings settings;
    private final ProjectionStore live;
    private final ProjectionGenerations generations;
    private final ProjectionConsumer liveConsumer;
    private volatile ReplayProgress progress = ReplayProgress.idle();
    private Thread thread;

    /** @param liveConsumer the live projection consumer of this node, or null when it does not project */
    public ReplayRunner(Settings settings, ProjectionStore live, ProjectionGenerations generations,
                        ProjectionConsumer liveConsumer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.live = Objects.requireNonNull(live, "live store");
        this.generations = Objects.requireNonNull(generations, "generations");
        this.liveConsumer = liveConsumer;
    }

    public ReplayProgress progress() {
        return progress;
    }

    /** Starts a replay in the background unless one is running; returns its progress. */
    public synchronized ReplayProgress start() {
        if (progress.state() == ReplayProgress.State.RUNNING) {
            return progress;
        }
        int generation = live.generation() + 1;
        progress = new ReplayProgress(ReplayProgress.State.RUNNING, "starting", generation, 0, 0, 0, null,
                Instant.now(), null, null, null, null);
        thread = new Thread(() -> run(generation), "plenary-replay");
        thread.setDaemon(true);
        thread.start();
        return progress;
    }

    /** Waits for a running replay to end (tests, command line). */
    public ReplayProgress await(Duration timeout) throws InterruptedException {
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.join(timeout.toMillis());
        }
        return progress;
    }

    private void run(int generation) {
        Instant started = progress.startedAt();
        try (KafkaConsumer<String, byte[]> consumer = newConsumer("plenary-replay")) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(settings.topic())) {
                partitions.add(new TopicPartition(info.topic(), info.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long total = 0;
            for (TopicPartition p : partitions) {
                total += end.get(p) - begin.get(p);
            }
            live.dropGeneration(generation);
            ProjectionStore target = live.forGeneration(generation);
            Rebuild rebuild = new Rebuild(consumer, target, begin, generation, started, total);
            rebuild.readInParallel(end, settings.threads());
            Map<String, ReplayProgress.DraftChecksum> checksums = handOver(rebuild, target, partitions, generation);
            live.dropGeneration(generation - 1);
            boolean allEqual = checksums.values().stream().allMatch(ReplayProgress.DraftChecksum::equal);
            progress = new ReplayProgress(ReplayProgress.State.DONE, "switched", generation, rebuild.done.get(), total,
                    rate(rebuild.done.get(), started), 0L, started, Instant.now(), checksums, allEqual, null);
            log.info("Replay into generation {} done: {} events, {} drafts, checksums {}", generation, rebuild.done.get(),
                    checksums.size(), allEqual ? "equal" : "DIFFERENT");
        } catch (Exception e) {
            log.error("Replay into generation {} failed; the live projections are unchanged", generation, e);
            progress = new ReplayProgress(ReplayProgress.State.FAILED, progress.phase(), generation, progress.eventsDone(),
                    progress.eventsTotal(), progress.eventsPerSecond(), null, started, Instant.now(), null, null,
                    e.toString());
        }
    }

    /** Catches up to the live consumer while it is paused, compares checksums, then switches. */
    private Map<String, ReplayProgress.DraftChecksum> handOver(Rebuild rebuild, ProjectionStore target,
                                                                List<TopicPartition> partitions, int generation)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        Map<String, ReplayProgress.DraftChecksum> result = new LinkedHashMap<>();
        if (liveConsumer == null) {
            rebuild.readUntil(rebuild.consumer.endOffsets(partitions), "switching");
            result.putAll(compare(target));
            switchTo(generation);
            return result;
        }
        while (true) {
            boolean[] switched = {false};
            liveConsumer.betweenBatches(control -> {
                Map<TopicPartition, Long> livePositions = control.positions();
                if (!livePositions.keySet().containsAll(partitions)) {
                    throw new IllegalStateException("this node projects " + livePositions.keySet().size() + " of "
                            + partitions.size() + " partitions; stop the projections of the other query nodes first");
                }
                if (!rebuild.behindOrAt(livePositions)) {
                    return; // the live consumer is behind the rebuild: let it catch up, then try again
                }
                rebuild.readUntil(livePositions, "switching");
                result.putAll(compare(target));
                switchTo(generation);
                control.restartFromCommitted();
                switched[0] = true;
            }).get(10, TimeUnit.MINUTES);
            if (switched[0]) {
                return result;
            }
            Thread.sleep(100);
        }
    }

    private void switchTo(int generation) {
        generations.activate(generation, ProjectionGenerations.CURRENT);
        live.switchTo(generation);
    }

    private Map<String, ReplayProgress.DraftChecksum> compare(ProjectionStore target) {
        // both generations at once: each is mostly waiting for the database
        CompletableFuture<Map<String, String>> liveRead = CompletableFuture.supplyAsync(live::checksums);
        Map<String, String> rebuiltSums = target.checksums();
        Map<String, String> liveSums = liveRead.join();
        Map<String, ReplayProgress.DraftChecksum> result = new LinkedHashMap<>();
        for (String draftId : liveSums.keySet()) {
            String rebuilt = rebuiltSums.get(draftId);
            result.put(draftId, new ReplayProgress.DraftChecksum(liveSums.get(draftId), rebuilt,
                    liveSums.get(draftId).equals(rebuilt)));
        }
        for (String draftId : rebuiltSums.keySet()) {
            result.putIfAbsent(draftId, new ReplayProgress.DraftChecksum(null, rebuiltSums.get(draftId), false));
        }
        return result;
    }

    private static double rate(long done, Instant started) {
        double seconds = Math.max(1e-3, Duration.between(started, Instant.now()).toNanos() / 1e9);
        return done / seconds;
    }

    private KafkaConsumer<String, byte[]> newConsumer(String clientId) {
        return ConsumerSettings.of(settings.bootstrapServers(), clientId).maxPollRecords(settings.maxPollRecords())
                .fetchAtMost(64 * 1024 * 1024, 16 * 1024 * 1024).newConsumer();
    }

    /** The reading side of one replay: applies records up to given offsets and reports progress. */
    private final class Rebuild {
        private final KafkaConsumer<String, byte[]> consumer;
        private final ProjectionStore target;
        private final DraftProjector projector;
        private final Map<TopicPartition, Long> next;
        private final int generation;
        private final Instant started;
        private final long total;
        private final AtomicLong done = new AtomicLong();

        Rebuild(KafkaConsumer<String, byte[]> consumer, ProjectionStore target, Map<TopicPartition, Long> begin,
                int generation, Instant started, long total) {
            this.consumer = consumer;
            this.target = target;
            this.projector = newProjector();
            this.next = new ConcurrentHashMap<>(begin);
            this.generation = generation;
            this.started = started;
            this.total = total;
        }

        private DraftProjector newProjector() {
            return new DraftProjector(target, settings.cacheDrafts(), settings.checkpointInterval());
        }

        boolean behindOrAt(Map<TopicPartition, Long> limits) {
            return next.entrySet().stream().allMatch(e -> e.getValue() <= limits.getOrDefault(e.getKey(), e.getValue()));
        }

        /**
         * The bulk of a replay: {@code threads} workers, each with its own consumer and projector, take the
         * partitions one at a time (largest first) and rebuild them up to {@code limits}. Partitions share no
         * draft, so the workers share nothing but the store; the projections need one core each.
         */
        void readInParallel(Map<TopicPartition, Long> limits, int threads) throws InterruptedException {
            List<TopicPartition> largestFirst = new ArrayList<>(limits.keySet());
            largestFirst.sort(Comparator.comparingLong((TopicPartition p) -> limits.get(p) - next.get(p)).reversed());
            Queue<TopicPartition> partitions = new ConcurrentLinkedQueue<>(largestFirst);
            ExecutorService workers = Executors.newFixedThreadPool(threads, new ThreadFactory() {
                private final AtomicInteger count = new AtomicInteger();

                @Override
                public Thread newThread(Runnable task) {
                    Thread thread = new Thread(task, "plenary-replay-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }
            });
            try {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    String clientId = "plenary-replay-" + (i + 1);
                    running.add(workers.submit(() -> {
                        try (KafkaConsumer<String, byte[]> own = newConsumer(clientId)) {
                            DraftProjector ownProjector = newProjector();
                            for (TopicPartition p = partitions.poll(); p != null; p = partitions.poll()) {
                                if (Thread.currentThread().isInterrupted()) {
                                    throw new InterruptedException("replay stopped");
                                }
                                readPartition(own, ownProjector, p, limits.get(p), "rebuilding");
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> worker : running) {
                    try {
                        worker.get();
                    } catch (ExecutionException e) {
                        throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                    }
                }
            } finally {
                workers.shutdownNow();
            }
        }

        /** Applies every record before {@code limits} with this replay's own consumer, one partition after the other. */
        void readUntil(Map<TopicPartition, Long> limits, String phase) {
            for (Map.Entry<TopicPartition, Long> limit : limits.entrySet()) {
                readPartition(consumer, projector, limit.getKey(), limit.getValue(), phase);
            }
            report(phase);
        }

        /**
         * Applies the records of {@code partition} from where this replay is up to {@code limit}: complete
         * history buckets and checkpoints are written every {@code flushEvents} events, the drafts when more
         * than {@code cacheDrafts} wait to be written (the heap bound) and at the partition's end.
         */
        private void readPartition(KafkaConsumer<String, byte[]> reader, DraftProjector projector,
                                   TopicPartition partition, long limit, String phase) {
            if (!next.containsKey(partition) || next.get(partition) >= limit) {
                return;
            }
            reader.assign(List.of(partition));
            reader.seek(partition, next.get(partition)); // drop what a previous poll fetched beyond a limit
            long unflushed = 0;
            while (next.get(partition) < limit) {
                ConsumerRecords<String, byte[]> records = reader.poll(Duration.ofMillis(200));
                long position = next.get(partition);
                int applied = 0;
                for (ConsumerRecord<String, byte[]> record : records) {
                    if (record.offset() < position || record.offset() >= limit) {
                        continue;
                    }
                    byte[] value = record.value();
                    projector.accept(EventCodec.decode(value), new String(value, StandardCharsets.UTF_8),
                            partition, record.offset());
                    position = record.offset() + 1;
                    applied++;
                }
                next.put(partition, position);
                done.addAndGet(applied);
                unflushed += applied;
                if (projector.dirtyDrafts() > settings.cacheDrafts()) {
                    projector.flush();
                    unflushed = 0;
                } else if (unflushed >= settings.flushEvents()) {
                    projector.flushCompleted();
                    unflushed = 0;
                }
                report(phase);
            }
            projector.flush(); // the drafts of this partition are complete: the next partition has others
            projector.forgetWritten();
        }

        private void report(String phase) {
            long events = done.get();
            double rate = rate(events, started);
            Long eta = rate <= 0 ? null : (long) Math.ceil(Math.max(0, total - events) / rate);
            progress = new ReplayProgress(ReplayProgress.State.RUNNING, phase, generation, events, total, rate, eta,
                    started, null, null, null, null);
        }
    }
}
