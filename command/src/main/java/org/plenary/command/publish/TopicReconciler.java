package org.plenary.command.publish;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.plenary.command.store.Durability;
import org.plenary.command.store.EventRestorer;
import org.plenary.command.store.ReconciledOffsets;
import org.plenary.command.store.StoredEvent;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * At start, before any command is accepted: makes the event store hold every event the topic holds. The topic is
 * the record of what was published, so of what was decided; an event there that the store lacks (a store that lost
 * acknowledged writes, or was restored from a backup) is put back, so the draft's next command gets the next
 * version and no version is handed out twice.
 *
 * <p>Cheap at start: it reads each partition from its {@link ReconciledOffsets reconciled offset} (which the
 * publisher also moves forward while running) to the end, checking each batch with one {@code $in} on {@code _id},
 * then records the end offsets. An event the store holds differently is reported, never overwritten.
 */
public class TopicReconciler {

    private static final Logger log = LoggerFactory.getLogger(TopicReconciler.class);
    private static final Duration STALL = Duration.ofSeconds(60);

    /** What a reconciliation did. */
    public record Result(long read, long restored, long markedPublished, List<String> diverged) {
    }

    private final Consumer<String, byte[]> consumer;
    private final String topic;
    private final EventRestorer restorer;
    private final ReconciledOffsets offsets;
    private final Durability durability;

    public TopicReconciler(Consumer<String, byte[]> consumer, String topic, EventRestorer restorer,
                           ReconciledOffsets offsets, Durability durability) {
        this.consumer = Objects.requireNonNull(consumer, "consumer");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.restorer = Objects.requireNonNull(restorer, "restorer");
        this.offsets = Objects.requireNonNull(offsets, "offsets");
        this.durability = Objects.requireNonNull(durability, "durability");
    }

    /** Reads what the topic holds beyond the reconciled offsets into the store; closes the consumer. */
    public Result reconcile() {
        try (consumer) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<Integer, Long> marks = offsets.read(partitions.size());
            List<TopicPartition> toRead = new ArrayList<>();
            Map<TopicPartition, Long> from = new HashMap<>();
            for (TopicPartition partition : partitions) {
                long mark = marks.getOrDefault(partition.partition(), 0L);
                if (mark > end.get(partition)) {
                    log.warn("{} ends at {} but was reconciled up to {}: was the topic recreated? Reading it all",
                            partition, end.get(partition), mark);
                    mark = 0;
                }
                long start = Math.max(mark, begin.get(partition));
                if (start < end.get(partition)) {
                    toRead.add(partition);
                    from.put(partition, start);
                }
            }
            Result result = read(toRead, from, end);
            durability.awaitDurable();
            Map<Integer, Long> reached = new HashMap<>();
            end.forEach((partition, offset) -> reached.put(partition.partition(), offset));
            offsets.advance(reached);
            report(result);
            return result;
        }
    }

    private Result read(List<TopicPartition> partitions, Map<TopicPartition, Long> from, Map<TopicPartition, Long> end) {
        long read = 0;
        long restored = 0;
        long marked = 0;
        List<String> diverged = new ArrayList<>();
        if (partitions.isEmpty()) {
            return new Result(0, 0, 0, diverged);
        }
        consumer.assign(partitions);
        from.forEach(consumer::seek);
        List<TopicPartition> remaining = new ArrayList<>(partitions);
        long lastProgress = System.nanoTime();
        while (!remaining.isEmpty()) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            if (!records.isEmpty()) {
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > STALL.toNanos()) {
                throw new IllegalStateException("reconciling with " + topic + ": no record for " + STALL.toSeconds()
                        + " s while " + remaining + " are not read to their end; is Kafka reachable?");
            }
            List<StoredEvent> batch = new ArrayList<>(records.count());
            for (ConsumerRecord<String, byte[]> record : records) {
                if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                    continue; // published after the start of this reconciliation: stored before it was sent
                }
                read++;
                StoredEvent event = decode(record);
                if (event != null) {
                    batch.add(event);
                }
            }
            EventRestorer.Outcome outcome = restorer.restore(batch);
            restored += outcome.restored();
            marked += outcome.markedPublished();
            diverged.addAll(outcome.diverged());
            remaining.removeIf(partition -> consumer.position(partition) >= end.get(partition));
            consumer.pause(partitions.stream().filter(p -> !remaining.contains(p)).toList());
        }
        return new Result(read, restored, marked, diverged);
    }

    private static StoredEvent decode(ConsumerRecord<String, byte[]> record) {
        String json = new String(record.value(), StandardCharsets.UTF_8);
        try {
            EventEnvelope envelope = EventCodec.decode(json);
            return new StoredEvent(StoredEvent.key(envelope.draftId(), envelope.seq()), envelope.draftId(), envelope.seq(), json);
        } catch (RuntimeException e) {
            log.error("Unreadable record {}-{}@{} on the topic, not restored: {}", record.topic(), record.partition(),
                    record.offset(), e.toString());
            return null;
        }
    }

    private void report(Result result) {
        if (result.restored() > 0) {
            log.warn("The event store lacked {} events that {} holds (a store that lost acknowledged writes?): restored",
                    result.restored(), topic);
        }
        if (!result.diverged().isEmpty()) {
            log.error("{} events on {} differ from the stored ones with the same draft and sequence ({}{}): the store and "
                            + "the topic diverged before this version; the stored events are kept", result.diverged().size(),
                    topic, String.join(", ", result.diverged().subList(0, Math.min(10, result.diverged().size()))),
                    result.diverged().size() > 10 ? ", ..." : "");
        }
        log.info("Reconciled the event store with {}: {} records read, {} restored, {} found published", topic,
                result.read(), result.restored(), result.markedPublished());
    }
}
