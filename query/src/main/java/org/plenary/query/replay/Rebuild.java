package org.plenary.query.replay;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.projection.ProjectionRun;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.shared.draft.EventCodec;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The reading side of one replay: applies the topic's records, from offset 0 up to given offsets, to every
 * projection of a fresh generation, and reports how many it has applied. Each history bucket is written once
 * when full and each checkpoint once ({@link ProjectionRun#flushCompleted()} every {@code flushEvents} events),
 * each draft once at the end of its partition, or earlier when more than {@code cacheDrafts} wait (the heap bound).
 */
final class Rebuild {

    /** Told the phase and the events applied so far, after every poll. */
    interface Progress {
        void report(String phase, long eventsDone);
    }

    private final ReplayRunner.Settings settings;
    private final ProjectionSet projections;
    private final ProjectionStore target;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ProjectionRun run;
    private final Map<TopicPartition, Long> next;
    private final AtomicLong done = new AtomicLong();
    private final Progress progress;

    /**
     * @param consumer this replay's own consumer, for the hand-over once the partitions are read
     * @param begin    where each partition starts
     */
    Rebuild(ReplayRunner.Settings settings, ProjectionSet projections, ProjectionStore target,
            KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> begin, Progress progress) {
        this.settings = settings;
        this.projections = projections;
        this.target = target;
        this.consumer = consumer;
        this.run = projections.run(target, settings.cacheDrafts());
        this.next = new ConcurrentHashMap<>(begin);
        this.progress = progress;
    }

    /**
     * Bytes per fetch: each fetch's response is one array on the heap, and at 16 MB (what a replay asked for before)
     * every one was a humongous allocation for G1 (a region is 1 MB at the 512 MB a query node may run with, an
     * object of half a region is humongous), which started a concurrent marking cycle each time: 29 in one replay
     * of a million events (docs/BENCHMARKS.md, "Replay (fourth session)"). Below half a region the fetches stay in
     * the young generation; a fetch still carries over a thousand events, and the consumer asks for the next one
     * while the replay applies them.
     */
    static final int FETCH_BYTES = 384 * 1024;

    /** A group-less consumer of the topic (it reads from offset 0), fetching {@link #FETCH_BYTES} at a time. */
    static KafkaConsumer<String, byte[]> newConsumer(ReplayRunner.Settings settings, String clientId) {
        return ConsumerSettings.of(settings.bootstrapServers(), clientId).maxPollRecords(settings.maxPollRecords())
                .fetchAtMost(FETCH_BYTES, FETCH_BYTES).newConsumer();
    }

    KafkaConsumer<String, byte[]> consumer() {
        return consumer;
    }

    long eventsDone() {
        return done.get();
    }

    /** Where each partition is: everything before it has been applied (and written, once a read has ended). */
    Map<TopicPartition, Long> positions() {
        return Map.copyOf(next);
    }

    /** True when no partition has been read beyond {@code limits}. */
    boolean behindOrAt(Map<TopicPartition, Long> limits) {
        return next.entrySet().stream().allMatch(e -> e.getValue() <= limits.getOrDefault(e.getKey(), e.getValue()));
    }

    /**
     * The bulk of a replay: {@code threads} workers, each with its own consumer and projection run, take the
     * partitions one at a time (largest first) and rebuild them up to {@code limits}. Partitions share no draft,
     * so the workers share nothing but the store; the projections need one core each.
     */
    void readInParallel(Map<TopicPartition, Long> limits, int threads) throws InterruptedException {
        List<TopicPartition> largestFirst = new ArrayList<>(limits.keySet());
        largestFirst.sort(Comparator.comparingLong((TopicPartition p) -> limits.get(p) - next.get(p)).reversed());
        Queue<TopicPartition> partitions = new ConcurrentLinkedQueue<>(largestFirst);
        AtomicInteger count = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "plenary-replay-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String clientId = "plenary-replay-" + (i + 1);
                running.add(workers.submit(() -> {
                    try (KafkaConsumer<String, byte[]> own = newConsumer(settings, clientId)) {
                        ProjectionRun ownRun = projections.run(target, settings.cacheDrafts());
                        for (TopicPartition p = partitions.poll(); p != null; p = partitions.poll()) {
                            if (Thread.currentThread().isInterrupted()) {
                                throw new InterruptedException("replay stopped");
                            }
                            readPartition(own, ownRun, p, limits.get(p), "rebuilding");
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
            readPartition(consumer, run, limit.getKey(), limit.getValue(), phase);
        }
        progress.report(phase, done.get());
    }

    /**
     * Applies the records of {@code partition} from where this replay is up to {@code limit}, writing what is
     * complete every {@code flushEvents} events, the drafts when more than {@code cacheDrafts} wait and at the end.
     */
    private void readPartition(KafkaConsumer<String, byte[]> reader, ProjectionRun run, TopicPartition partition,
                               long limit, String phase) {
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
                run.accept(EventCodec.decode(value), new String(value, StandardCharsets.UTF_8), partition, record.offset());
                position = record.offset() + 1;
                applied++;
            }
            next.put(partition, position);
            done.addAndGet(applied);
            unflushed += applied;
            if (run.changedDrafts() > settings.cacheDrafts()) {
                run.flush();
                unflushed = 0;
            } else if (unflushed >= settings.flushEvents()) {
                run.flushCompleted();
                unflushed = 0;
            }
            progress.report(phase, done.get());
        }
        run.flush(); // the drafts of this partition are complete: the next partition has others
        run.forgetWritten();
    }
}
