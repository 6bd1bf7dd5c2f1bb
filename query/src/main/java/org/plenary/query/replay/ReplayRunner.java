package org.plenary.query.replay;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.plenary.query.projection.GenerationWatcher;
import org.plenary.query.projection.ProjectionGenerations;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Rebuilds every registered projection from the Kafka topic, from offset 0, into a fresh generation of
 * collections while every query node keeps serving (and projecting into) the live one, then switches all of them:
 * <ol>
 *   <li>one node at a time replays: it holds the {@link ReplayLease} and renews it; when it dies, the lease
 *       expires and a node takes the replay over from the start (the node itself at once when it restarts);</li>
 *   <li>read the topic with group-less consumers, {@code threads} partitions at a time ({@link Rebuild}), up to
 *       the end offsets of the start, then catch up to the end of the topic and compare a checksum per draft of
 *       the rebuilt and the live projections (again, after a pause, while they differ because the live ones moved);</li>
 *   <li>commit where the rebuild stopped as the offsets of the new generation's own consumer group, activate the
 *       generation: every node's {@link GenerationWatcher} switches to it and its live consumer joins that group,
 *       which goes on exactly where the rebuild stopped. The old generation is dropped once every node serves the
 *       new one (or after {@code switchWait}).</li>
 * </ol>
 * No node needs to own any partition, and none stops serving.
 */
public class ReplayRunner implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplayRunner.class);
    private static final int COMPARISONS = 20;
    /** How the phase of a replay running on another node begins. */
    public static final String ELSEWHERE = "running on node ";

    /** Settings of a replay; see query.yml. */
    public record Settings(String bootstrapServers, String topic, int cacheDrafts, int maxPollRecords, int flushEvents,
                           int threads, int writtenDigests) {

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("plenary.replay.threads must be at least 1, not " + threads);
            }
        }
    }

    /**
     * How the replaying node works with the others.
     *
     * @param node            this node's name ({@code plenary.projection.node-id})
     * @param configuredGroup {@code plenary.projection.group}: each generation's group is named after it
     * @param lease           how long the replay's lease holds unless renewed
     * @param switchWait      how long the replay waits for every node to serve the new generation before it drops
     *                        the old one
     */
    public record Cluster(String node, String configuredGroup, Duration lease, Duration switchWait) {
    }

    private final Settings settings;
    private final ProjectionSet projections;
    private final ProjectionStore live;
    private final ProjectionGenerations generations;
    private final GenerationSwitch generationSwitch;
    private final ReplayLease lease;
    private final Cluster cluster;
    private final ScheduledExecutorService timer;
    private volatile ReplayProgress progress;
    private volatile boolean closing;
    private volatile boolean leaseLost;
    private Thread thread;

    /** @param watcher this node's generation watcher (switches it at once), or null: the store is switched directly */
    public ReplayRunner(Settings settings, ProjectionSet projections, ProjectionStore live, ProjectionGenerations generations,
                        GenerationWatcher watcher, MongoDatabase database, Cluster cluster) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.projections = Objects.requireNonNull(projections, "projections");
        this.live = Objects.requireNonNull(live, "live store");
        this.generations = Objects.requireNonNull(generations, "generations");
        this.generationSwitch = new GenerationSwitch(settings.bootstrapServers(), projections, live, generations,
                watcher, cluster);
        this.cluster = Objects.requireNonNull(cluster, "cluster");
        this.lease = new ReplayLease(database, cluster.node(), cluster.lease());
        this.progress = ReplayProgress.idle(projections.names());
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread t = new Thread(task, "plenary-replay-lease");
            t.setDaemon(true);
            return t;
        });
    }

    /** This node's replay, or one running on another node (read from its lease), or the last one here. */
    public ReplayProgress progress() {
        ReplayProgress local = progress;
        if (local.state() == ReplayProgress.State.RUNNING) {
            return local;
        }
        try {
            return lease.current().filter(held -> held.running() && held.until().isAfter(Instant.now()))
                    .map(held -> ReplayProgress.running(ELSEWHERE + held.owner() + ": " + held.phase(),
                            held.generation(), projections.names(), held.eventsDone(), held.eventsTotal(), held.startedAt()))
                    .orElse(local);
        } catch (RuntimeException e) {
            return local; // MongoDB away: what this node knows
        }
    }

    /** Starts a replay in the background unless one is running here or on another node; returns its progress. */
    public synchronized ReplayProgress start() {
        if (progress.state() == ReplayProgress.State.RUNNING) {
            return progress;
        }
        int generation = Math.max(live.generation(),
                generations.active().map(ProjectionGenerations.Active::generation).orElse(0)) + 1;
        if (!lease.acquire(generation)) {
            return progress();
        }
        leaseLost = false;
        progress = ReplayProgress.running("starting", generation, projections.names(), 0, 0, Instant.now());
        thread = new Thread(() -> run(generation), "plenary-replay");
        thread.setDaemon(true);
        thread.start();
        return progress;
    }

    /**
     * Takes over, every lease period, a replay whose node died (its lease expired) or that this node ran before it
     * was restarted; checks once at once.
     */
    public void resumeAbandoned() {
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (progress.state() != ReplayProgress.State.RUNNING
                        && lease.current().filter(held -> held.abandoned(lease.node(), Instant.now())).isPresent()) {
                    log.info("Taking over a replay its node left unfinished");
                    start();
                }
            } catch (RuntimeException e) {
                log.debug("Cannot look for an abandoned replay now: {}", e.toString());
            }
        }, 0, cluster.lease().toMillis(), TimeUnit.MILLISECONDS);
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
        var renewal = timer.scheduleWithFixedDelay(this::renew, cluster.lease().toMillis() / 3,
                cluster.lease().toMillis() / 3, TimeUnit.MILLISECONDS);
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
            ProjectionStore target = live.forRebuild(generation, settings.writtenDigests());
            Rebuild rebuild = new Rebuild(settings, projections, target, consumer, begin, (phase, done) -> {
                if (leaseLost) {
                    throw new IllegalStateException("another node took the replay over (this node's lease expired)");
                }
                progress = ReplayProgress.running(phase, generation, projections.names(), done, eventsTotal, started);
            });
            rebuild.readInParallel(end, settings.threads());
            Map<String, ReplayProgress.DraftChecksum> checksums = catchUpAndCompare(rebuild, target, consumer, partitions);
            int previous = live.generation();
            List<String> previousForms = generations.active().map(ProjectionGenerations.Active::projections)
                    .orElse(List.of());
            progress = ReplayProgress.running("switching", generation, projections.names(), progress.eventsDone(),
                    progress.eventsTotal(), progress.startedAt());
            generationSwitch.switchTo(generation, rebuild.positions());
            generationSwitch.awaitEveryNode(generation);
            live.dropGeneration(previous, projections.collections());
            lease.finish("DONE");
            boolean allEqual = checksums.values().stream().allMatch(ReplayProgress.DraftChecksum::equal);
            long done = rebuild.eventsDone();
            progress = new ReplayProgress(ReplayProgress.State.DONE, "switched", generation, projections.names(), done,
                    eventsTotal, ReplayProgress.rate(done, started), 0L, started, Instant.now(), checksums, allEqual, null);
            log.info("Replay of {} into generation {} done: {} events, {} drafts, checksums {} (the digests of {} "
                            + "documents kept from its writes)", projections.names(), generation, done, checksums.size(),
                    allEqual ? "equal" : previousForms.equals(projections.generationKeys())
                            ? "DIFFERENT" : "different, as expected: generation " + previous + " was built as "
                            + previousForms + ", this one as " + projections.generationKeys(), target.writtenDigests());
        } catch (Exception e) {
            if (closing) {
                log.warn("Replay into generation {} stopped with the node; it is taken over when its lease expires, or "
                        + "at once when this node starts again", generation);
            } else {
                log.error("Replay into generation {} failed; the live projections are unchanged", generation, e);
                finishQuietly();
            }
            progress = new ReplayProgress(ReplayProgress.State.FAILED, progress.phase(), generation, projections.names(),
                    progress.eventsDone(), progress.eventsTotal(), progress.eventsPerSecond(), null, started,
                    Instant.now(), null, null, e.toString());
        } finally {
            renewal.cancel(false);
        }
    }

    /**
     * Reads on to the end of the topic and compares, until the rebuilt and the live projections agree for every
     * draft, or the live projections stop moving between two attempts (then the difference is real), or
     * {@link #COMPARISONS} attempts (live projections that move on while the replay reads differ for a moment).
     * Whether the live projections moved is told by their drafts' versions (each the commit mark of everything
     * the draft's projections store), read before each comparison: a read of ids and versions, where comparing again
     * read every stored document of both generations once more only to find the same difference (a node whose
     * live generation lacks drafts, e.g. a new node or one not projecting, read its whole rebuilt generation twice).
     */
    private Map<String, ReplayProgress.DraftChecksum> catchUpAndCompare(Rebuild rebuild, ProjectionStore target,
            KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) throws InterruptedException {
        Map<String, ReplayProgress.DraftChecksum> checksums = Map.of();
        Map<String, Long> liveVersions = null;
        for (int attempt = 1; attempt <= COMPARISONS; attempt++) {
            rebuild.readUntil(consumer.endOffsets(partitions), "catching up");
            Map<String, Long> liveNow = projections.versions(live);
            if (liveNow.equals(liveVersions)) {
                break; // the live projections did not move since the last comparison: the difference is real
            }
            liveVersions = liveNow;
            checksums = Checksums.compare(projections, live, target, settings.threads());
            if (checksums.values().stream().allMatch(ReplayProgress.DraftChecksum::equal)) {
                break;
            }
            Thread.sleep(250);
        }
        return checksums;
    }

    private void renew() {
        try {
            ReplayProgress now = progress;
            if (!lease.renew(now.phase(), now.eventsDone(), now.eventsTotal())) {
                leaseLost = true;
            }
        } catch (RuntimeException e) {
            log.debug("Cannot renew the replay's lease now: {}", e.toString());
        }
    }

    private void finishQuietly() {
        try {
            lease.finish("FAILED");
        } catch (RuntimeException e) {
            log.debug("Cannot record the failed replay: {}", e.toString());
        }
    }

    /** Stops a running replay as a dying node would: its lease is left to expire (or to this node's next start). */
    @Override
    public void close() throws InterruptedException {
        closing = true;
        timer.shutdownNow();
        Thread running;
        synchronized (this) {
            running = thread;
        }
        if (running != null) {
            running.interrupt();
            running.join(10_000);
        }
    }
}
