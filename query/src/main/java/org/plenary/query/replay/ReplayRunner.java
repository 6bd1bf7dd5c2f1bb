package org.plenary.query.replay;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionGenerations;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds every registered projection from the Kafka topic, from offset 0, into a fresh generation of
 * collections while the live ones keep serving, then switches over atomically:
 * <ol>
 *   <li>read the topic with group-less consumers, {@code threads} partitions at a time, each by its own thread
 *       with its own {@link org.plenary.query.projection.ProjectionRun} (a draft lives in one partition, so the
 *       threads share no draft and the drafts in memory are those of the partitions being read): see
 *       {@link Rebuild};</li>
 *   <li>once caught up, pause the live consumer between two batches, read exactly up to its positions, compare
 *       a checksum per draft of the rebuilt and the live projections, activate the new generation, and let
 *       the live consumer continue from its committed offsets (duplicates are dropped by version).</li>
 * </ol>
 * This node's live consumer must own every partition (stop the projections of other query nodes first).
 */
public class ReplayRunner {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);

    /** Settings of a replay; see query.yml. */
    public record Settings(String bootstrapServers, String topic, int cacheDrafts, int maxPollRecords, int flushEvents,
                           int threads) {

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("plenary.replay.threads must be at least 1, not " + threads);
            }
        }
    }

    private final Settings settings;
    private final ProjectionSet projections;
    private final ProjectionStore live;
    private final ProjectionGenerations generations;
    private final ProjectionConsumer liveConsumer;
    private volatile ReplayProgress progress;
    private Thread thread;

    /** @param liveConsumer the live projection consumer of this node, or null when it does not project */
    public ReplayRunner(Settings settings, ProjectionSet projections, ProjectionStore live,
                        ProjectionGenerations generations, ProjectionConsumer liveConsumer) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.projections = Objects.requireNonNull(projections, "projections");
        this.live = Objects.requireNonNull(live, "live store");
        this.generations = Objects.requireNonNull(generations, "generations");
        this.liveConsumer = liveConsumer;
        this.progress = ReplayProgress.idle(projections.names());
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
        progress = ReplayProgress.running("starting", generation, projections.names(), 0, 0, Instant.now());
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
        try (KafkaConsumer<String, byte[]> consumer = Rebuild.newConsumer(settings, "plenary-replay")) {
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
            long eventsTotal = total;
            live.dropGeneration(generation, projections.collections());
            ProjectionStore target = live.forGeneration(generation);
            Rebuild rebuild = new Rebuild(settings, projections, target, consumer, begin, (phase, done) ->
                    progress = ReplayProgress.running(phase, generation, projections.names(), done, eventsTotal, started));
            rebuild.readInParallel(end, settings.threads());
            Map<String, ReplayProgress.DraftChecksum> checksums = handOver(rebuild, target, partitions, generation);
            live.dropGeneration(generation - 1, projections.collections());
            boolean allEqual = checksums.values().stream().allMatch(ReplayProgress.DraftChecksum::equal);
            long done = rebuild.eventsDone();
            progress = new ReplayProgress(ReplayProgress.State.DONE, "switched", generation, projections.names(), done,
                    total, ReplayProgress.rate(done, started), 0L, started, Instant.now(), checksums, allEqual, null);
            log.info("Replay of {} into generation {} done: {} events, {} drafts, checksums {}", projections.names(),
                    generation, done, checksums.size(), allEqual ? "equal" : "DIFFERENT");
        } catch (Exception e) {
            log.error("Replay into generation {} failed; the live projections are unchanged", generation, e);
            progress = new ReplayProgress(ReplayProgress.State.FAILED, progress.phase(), generation, projections.names(),
                    progress.eventsDone(), progress.eventsTotal(), progress.eventsPerSecond(), null, started,
                    Instant.now(), null, null, e.toString());
        }
    }

    /** Catches up to the live consumer while it is paused, compares checksums, then switches. */
    private Map<String, ReplayProgress.DraftChecksum> handOver(Rebuild rebuild, ProjectionStore target,
                                                                List<TopicPartition> partitions, int generation)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, ReplayProgress.DraftChecksum> result = new LinkedHashMap<>();
        if (liveConsumer == null) {
            rebuild.readUntil(rebuild.consumer().endOffsets(partitions), "switching");
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
        generations.activate(generation, projections.generationKeys());
        live.switchTo(generation);
    }

    private Map<String, ReplayProgress.DraftChecksum> compare(ProjectionStore target) {
        // both generations at once: each is mostly waiting for the database
        CompletableFuture<Map<String, String>> liveRead = CompletableFuture.supplyAsync(() -> projections.checksums(live));
        Map<String, String> rebuiltSums = projections.checksums(target);
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
}
