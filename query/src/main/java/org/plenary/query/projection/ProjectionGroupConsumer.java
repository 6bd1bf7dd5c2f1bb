package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Kafka consumer of {@link ProjectionConsumer} in the consumer group of the generation it projects: its
 * subscription (a rebalance makes the run forget its drafts, the new owner of a partition goes on from the last
 * commit), its positions, seeks and commits, and the move to the group of another generation. Used by the consumer
 * thread only, but {@link #wakeup()}, which any thread may call.
 */
final class ProjectionGroupConsumer {

    // logged as the consumer, as before the split: operators know its lines by that name
    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumer.class);

    private final Function<String, Consumer<String, byte[]>> consumers;
    private final String topic;
    private final ProjectionRun run;
    private final ProjectionStatus status;
    private volatile Consumer<String, byte[]> consumer;

    /**
     * @param consumers a new consumer of the given group (one per generation the node projects into)
     * @param group     the group to start in
     */
    ProjectionGroupConsumer(Function<String, Consumer<String, byte[]>> consumers, String group, String topic,
                            ProjectionRun run, ProjectionStatus status) {
        this.consumers = consumers;
        this.topic = topic;
        this.run = run;
        this.status = status;
        this.consumer = consumers.apply(group);
    }

    void subscribe() {
        consumer.subscribe(List.of(topic), new ConsumerRebalanceListener() {
            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                run.reset();
                status.revoked(partitions);
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                run.reset();
                log.info("Projecting partitions {} of {} (group {})", partitions, topic, status.group());
            }
        });
    }

    ConsumerRecords<String, byte[]> poll(Duration timeout) {
        return consumer.poll(timeout);
    }

    void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
        awake(() -> {
            consumer.commitSync(offsets);
            return null;
        });
    }

    /** Next offset to read per assigned partition. */
    Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition, awake(() -> consumer.position(partition)));
        }
        return positions;
    }

    /** Reads again from the committed offsets (from the beginning of a partition with none). */
    void seekToCommitted() {
        Map<TopicPartition, OffsetAndMetadata> committed = awake(() -> consumer.committed(consumer.assignment()));
        for (TopicPartition partition : consumer.assignment()) {
            OffsetAndMetadata offset = committed.get(partition);
            if (offset == null) {
                consumer.seekToBeginning(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
    }

    /** Projects {@code generation} in {@code group}: leaves the group it is in if that is another one. */
    void switchTo(int generation, String group) {
        if (!group.equals(status.group())) {
            consumer.close(Duration.ofSeconds(5));
            consumer = consumers.apply(group);
            status.projecting(generation, group);
            subscribe();
        } else {
            status.projecting(generation, group);
        }
    }

    /** The lag of every assigned partition, into the status. */
    void measureLag() {
        for (TopicPartition partition : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(partition);
            if (lag.isPresent()) {
                status.lag(partition, lag.getAsLong());
            }
        }
    }

    /** Interrupts a poll (or the next one): the consumer thread then runs its tasks or stops. */
    void wakeup() {
        consumer.wakeup();
    }

    void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    /** Runs a blocking consumer call, once more if a wake-up meant for the poll interrupted it. */
    private static <T> T awake(Supplier<T> call) {
        try {
            return call.get();
        } catch (WakeupException e) {
            return call.get();
        }
    }
}
