package org.plenary.command.publish;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.Incarnation;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.PublicationMarks;
import org.plenary.command.store.ReconciledOffsets;
import org.plenary.command.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes appended events to Kafka, keyed by draft id so that each draft's events stay in one
 * partition in sequence order (the producer is idempotent; sends for one draft happen under Axon's
 * aggregate lock, in sequence order).
 *
 * <p>Sends are asynchronous: the command is acknowledged once the store has the events (durably). Kafka's
 * acknowledgement of an event marks its number done in this node's {@link Incarnation} counter, in memory; a
 * background thread writes the resulting watermark ({@link PublicationMarks}, one small write per interval while it
 * moves), resends failed events, and moves the {@link ReconciledOffsets} up to what Kafka acknowledged (every record
 * below an acknowledged offset was stored before it was sent, by whichever node).
 *
 * <p>Whatever a stop or crash leaves unacknowledged is sent again by {@link #recover()} at the next start of any
 * node, and by the marker thread's sweeps for nodes that stopped for good ({@link IncarnationRecovery}); the
 * projections drop the duplicates that recovery may cause.
 *
 * <p>While Kafka is away, events wait to be published; once {@code maxBacklog} wait, {@link #admit} refuses new
 * commands ({@link PublisherUnavailableException}, 503) rather than acknowledging what might wait for long.
 */
public class KafkaEventPublisher implements AppendListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final long FAILURE_REPORT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PublicationLog publicationLog;
    private final Incarnation incarnation;
    private final ReconciledOffsets offsets;
    private final Duration markInterval;
    private final Duration lease;
    private final long maxBacklog;
    private final ConcurrentLinkedQueue<StoredEvent> failed = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<StoredEvent> refused = new ConcurrentLinkedQueue<>();
    private final Set<String> refusedIds = ConcurrentHashMap.newKeySet();
    private final IncarnationRecovery recovery;
    private final Map<Integer, Long> acknowledgedOffsets = new ConcurrentHashMap<>();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong failuresSinceReport = new AtomicLong();
    private volatile String lastFailure;
    private long lastReport = System.nanoTime();
    private long writtenWatermark = -1;
    private final Thread marker;
    private volatile boolean running = true;

    /**
     * @param offsets    moved up to what Kafka acknowledged; null keeps no marks
     * @param maxBacklog events waiting for Kafka above which new commands are refused
     */
    public KafkaEventPublisher(Producer<String, byte[]> producer, String topic, PublicationLog publicationLog,
                               Incarnation incarnation, ReconciledOffsets offsets, Duration markInterval, long maxBacklog) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.publicationLog = Objects.requireNonNull(publicationLog, "publication log");
        this.incarnation = Objects.requireNonNull(incarnation, "incarnation");
        this.offsets = offsets;
        if (markInterval.isNegative() || markInterval.isZero()) {
            throw new IllegalArgumentException("mark interval must be positive, not " + markInterval);
        }
        Duration lease = publicationLog.marks().lease();
        if (lease.compareTo(markInterval.multipliedBy(10)) < 0) {
            throw new IllegalArgumentException("lease must be at least 10 mark intervals, not " + lease);
        }
        if (maxBacklog < 1) {
            throw new IllegalArgumentException("max backlog must be positive, not " + maxBacklog);
        }
        this.markInterval = markInterval;
        this.lease = lease;
        this.maxBacklog = maxBacklog;
        this.recovery = new IncarnationRecovery(publicationLog, incarnation, this::appended);
        this.marker = new Thread(this::markLoop, "plenary-publication-marker");
        this.marker.setDaemon(true);
        this.marker.start();
    }

    @Override
    public void admit(int events) {
        long backlog = waiting.get();
        if (backlog + events > maxBacklog) {
            throw new PublisherUnavailableException("Kafka has not acknowledged " + backlog + " events yet; "
                    + "commands are refused until it is reachable again (" + (lastFailure == null ? "no error reported yet"
                    : lastFailure) + ")");
        }
    }

    @Override
    public void appended(List<StoredEvent> events) {
        for (StoredEvent event : events) {
            waiting.incrementAndGet();
            send(event);
        }
    }

    /**
     * Publishes every event that another incarnation (any node's earlier run, or another node) may have left
     * unpublished, and those marked {@code p: false} (a crash between store and publish, or events stored before the
     * watermarks). Returns how many were sent.
     */
    public int recover() {
        int sent = recovery.recoverAll();
        producer.flush();
        return sent;
    }

    /** Events sent (or to be resent) that Kafka has not acknowledged. */
    public long backlog() {
        return waiting.get();
    }

    /** Events Kafka acknowledged since start. */
    public long published() {
        return published.get();
    }

    /** Sends that failed since start (each is retried, except those Kafka can never take). */
    public long failures() {
        return failures.get();
    }

    private void send(StoredEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, event.draftId(), event.json().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record, (metadata, exception) -> {
                if (exception == null) {
                    published.incrementAndGet();
                    waiting.decrementAndGet();
                    incarnation.counter().done(event.number());
                    acknowledgedOffsets.merge(metadata.partition(), metadata.offset() + 1, Math::max);
                } else {
                    failed(event, exception);
                }
            });
        } catch (RuntimeException e) {
            failed(event, e); // the producer could not even queue it: the marker thread resends it
        }
    }

    private void failed(StoredEvent event, Exception exception) {
        failures.incrementAndGet();
        lastFailure = exception.toString();
        if (exception instanceof RecordTooLargeException) {
            // Only an event stored before plenary.kafka.max-event-bytes existed can get here: resending cannot help.
            waiting.decrementAndGet();
            log.error("Event {} can never be published ({}); it stays unpublished in the store", event.id(), exception.toString());
            refusedIds.add(event.id());
            refused.add(event); // marked p: false, then done: it no longer holds the watermark back
            return;
        }
        failuresSinceReport.incrementAndGet();
        failed.add(event);
    }

    private void markLoop() {
        while (running) {
            try {
                TimeUnit.NANOSECONDS.sleep(markInterval.toNanos());
                markAcknowledged();
                resendFailed();
                recovery.sweep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Recording published events failed, will retry: {}", e.toString());
            }
        }
    }

    /** Writes the watermark when it moved (or as a sign of life), completes recoveries, moves the reconciled offsets. */
    private void markAcknowledged() {
        markRefused();
        long watermark = incarnation.counter().watermark();
        if (watermark != writtenWatermark || incarnation.sinceMarked().compareTo(lease.dividedBy(4)) > 0) {
            incarnation.mark(watermark);
            writtenWatermark = watermark;
        }
        recovery.complete(watermark, refusedIds);
        if (offsets != null && !acknowledgedOffsets.isEmpty()) {
            Map<Integer, Long> reached = new HashMap<>();
            for (Integer partition : List.copyOf(acknowledgedOffsets.keySet())) {
                Long offset = acknowledgedOffsets.remove(partition);
                if (offset != null) {
                    reached.put(partition, offset);
                }
            }
            try {
                offsets.advance(reached);
            } catch (RuntimeException e) {
                reached.forEach((partition, offset) -> acknowledgedOffsets.merge(partition, offset, Math::max));
                throw e;
            }
        }
    }

    /** Events Kafka can never take: {@code p: false} in the store, their numbers done. */
    private void markRefused() {
        List<StoredEvent> batch = new ArrayList<>();
        for (StoredEvent event; batch.size() < 1000 && (event = refused.poll()) != null; ) {
            batch.add(event);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            publicationLog.markUnpublished(batch.stream().map(StoredEvent::id).toList());
        } catch (RuntimeException e) {
            refused.addAll(batch);
            throw e;
        }
        batch.forEach(event -> incarnation.counter().done(event.number()));
    }

    private void resendFailed() {
        List<StoredEvent> retry = new ArrayList<>();
        for (StoredEvent event; (event = failed.poll()) != null; ) {
            retry.add(event);
        }
        long failedMeanwhile = failuresSinceReport.get();
        if (failedMeanwhile > 0 && System.nanoTime() - lastReport > FAILURE_REPORT_NANOS) {
            failuresSinceReport.addAndGet(-failedMeanwhile);
            lastReport = System.nanoTime();
            log.warn("{} sends to Kafka failed in the last {} s and are retried; {} events wait; last error: {}",
                    failedMeanwhile, TimeUnit.NANOSECONDS.toSeconds(FAILURE_REPORT_NANOS), waiting.get(), lastFailure);
        }
        retry.forEach(this::send);
    }

    /** Flushes pending sends and records their acknowledgements. */
    @Override
    public void close() {
        running = false;
        marker.interrupt();
        try {
            producer.flush();
            markAcknowledged();
        } catch (RuntimeException e) {
            log.warn("Closing the publisher: {}", e.toString());
        } finally {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
