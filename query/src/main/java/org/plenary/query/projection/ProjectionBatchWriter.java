package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One polled batch of {@link ProjectionConsumer}, applied, written and committed in that order: each record is
 * applied in memory ({@link ProjectionRun}; an unreadable one is kept as a dead letter), the projections are written
 * in bulk and made durable, then the offsets are committed, never past a parked event (a restart reads it again
 * rather than skip it), and the readers waiting for a version are woken. Anything that throws leaves the batch
 * uncommitted, for the consumer to read again.
 */
final class ProjectionBatchWriter {

    // logged as the consumer, as before the split: operators know its lines by that name
    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final ProjectionRun run;
    private final ProjectionStore store;
    private final ProjectionGroupConsumer group;
    private final ProjectionStatus status;
    private final VersionNotifier notifier;
    private volatile ProjectionDurability durability = ProjectionDurability.NONE;

    ProjectionBatchWriter(ProjectionRun run, ProjectionStore store, ProjectionGroupConsumer group,
                          ProjectionStatus status, VersionNotifier notifier) {
        this.run = run;
        this.store = store;
        this.group = group;
        this.status = status;
        this.notifier = notifier;
    }

    /** What makes a written batch durable before its offsets are committed. */
    void durability(ProjectionDurability durability) {
        this.durability = Objects.requireNonNull(durability, "durability");
    }

    void process(ConsumerRecords<String, byte[]> records) {
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
        group.commit(commit);
        if (status.lastFailure() != null) {
            log.info("Projection writes work again ({} failed batches so far)", status.failures());
        }
        status.written(applied, run.duplicatesDropped());
        notifier.applied(versions);
    }
}
