package org.plenary.command.publish;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.PublicationLog;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publishes appended events to Kafka, keyed by draft id so that each draft's events stay in one
 * partition in sequence order (the producer is idempotent; sends for one draft happen under Axon's
 * aggregate lock, in sequence order).
 *
 * <p>Sends are asynchronous: the command is acknowledged once the store has the events (durably). A background
 * thread records acknowledged sends in the {@link PublicationLog} in bulk, resends failed ones, and moves the
 * {@link ReconciledOffsets} up to what Kafka acknowledged (every record below an acknowledged offset was stored
 * before it was sent, by whichever node). Whatever a crash leaves unacknowledged is found by {@link #recover()} at
 * the next start; the projections drop the duplicates that recovery may cause.
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
    private final ReconciledOffsets offsets;
    private final Duration markInterval;
    private final long maxBacklog;
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<StoredEvent> failed = new ConcurrentLinkedQueue<>();
    private final Map<Integer, Long> acknowledgedOffsets = new ConcurrentHashMap<>();
    private final AtomicLong waiting = new AtomicLong();
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong failuresSinceReport = new AtomicLong();
    private volatile String lastFailure;
    private long lastReport = System.nanoTime();
    private final Thread marker;
    private volatile boolean running = true;

    /**
     * @param offsets    moved up to what Kafka acknowledged; null keeps no marks
     * @param maxBacklog events waiting for Kafka above which new commands are refused
     */
    public KafkaEventPublisher(Producer<String, byte[]> producer, String topic, PublicationLog publicationLog,
                               ReconciledOffsets offsets, Duration markInterval, long maxBacklog) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.publicationLog = Objects.requireNonNull(publicationLog, "publication log");
        this.offsets = offsets;
        if (markInterval.isNegative() || markInterval.isZero()) {
            throw new IllegalArgumentException("mark interval must be positive, not " + markInterval);
        }
        if (maxBacklog < 1) {
            throw new IllegalArgumentException("max backlog must be positive, not " + maxBacklog);
        }
        this.markInterval = markInterval;
        this.maxBacklog = maxBacklog;
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

    /** Publishes every event the store holds as unpublished (a crash between store and publish). */
    public int recover() {
        List<StoredEvent> pending = publicationLog.unpublished();
        if (!pending.isEmpty()) {
            log.info("Publishing {} stored events that Kafka had not acknowledged", pending.size());
            appended(pending);
            producer.flush();
        }
        return pending.size();
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
                    acknowledged.add(event.id());
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
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Recording published events failed, will retry: {}", e.toString());
            }
        }
    }

    private void markAcknowledged() {
        List<String> batch = new ArrayList<>();
        for (String id; (id = acknowledged.poll()) != null; ) {
            batch.add(id);
            if (batch.size() == 1000) {
                publicationLog.markPublished(batch);
                batch = new ArrayList<>();
            }
        }
        try {
            publicationLog.markPublished(batch);
        } catch (RuntimeException e) {
            acknowledged.addAll(batch);
            throw e;
        }
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
