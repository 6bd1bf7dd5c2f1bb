package org.plenary.command.publish;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;

/**
 * Publishes appended events to Kafka, keyed by draft id so that each draft's events stay in one
 * partition in sequence order (the producer is idempotent; sends for one draft happen under Axon's
 * aggregate lock, in sequence order).
 *
 * <p>Sends are asynchronous: the command is acknowledged once the store has the events. A background
 * thread records acknowledged sends in the {@link PublicationLog} in bulk and resends failed ones.
 * Whatever a crash leaves unacknowledged is found by {@link #recover()} at the next start; the
 * projections drop the duplicates that recovery may cause.
 */
public class KafkaEventPublisher implements AppendListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PublicationLog publicationLog;
    private final Duration markInterval;
    private final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<StoredEvent> failed = new ConcurrentLinkedQueue<>();
    private final Thread marker;
    private volatile boolean running = true;

    public KafkaEventPublisher(Producer<String, byte[]> producer, String topic, PublicationLog publicationLog,
                               Duration markInterval) {
        this.producer = Objects.requireNonNull(producer, "producer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.publicationLog = Objects.requireNonNull(publicationLog, "publication log");
        if (markInterval.isNegative() || markInterval.isZero()) {
            throw new IllegalArgumentException("mark interval must be positive, not " + markInterval);
        }
        this.markInterval = markInterval;
        this.marker = new Thread(this::markLoop, "plenary-publication-marker");
        this.marker.setDaemon(true);
        this.marker.start();
    }

    @Override
    public void appended(List<StoredEvent> events) {
        for (StoredEvent event : events) {
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

    private void send(StoredEvent event) {
        ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(topic, event.draftId(), event.json().getBytes(StandardCharsets.UTF_8));
        producer.send(record, (metadata, exception) -> {
            if (exception == null) {
                acknowledged.add(event.id());
            } else {
                log.warn("Publishing {} failed, will retry: {}", event.id(), exception.toString());
                failed.add(event);
            }
        });
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
    }

    private void resendFailed() {
        List<StoredEvent> retry = new ArrayList<>();
        for (StoredEvent event; (event = failed.poll()) != null; ) {
            retry.add(event);
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
