package org.plenary.platform.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The settings of a consumer of the event topic, built in one place for every consumer Plenary runs (the
 * projections, each node's feed, the replay). Keys are draft ids, values the events' JSON bytes, decoded by the
 * caller. Auto-commit is always off: the projections commit after writing what they read, the others commit
 * nothing. Everything else keeps Kafka's default unless set here.
 *
 * <pre>{@code
 * KafkaConsumer<String, byte[]> consumer = ConsumerSettings.of(bootstrapServers, "plenary-query-projections")
 *         .group("plenary-projections").fromEarliest().maxPollRecords(2000)
 *         .fetchWhen(16384, Duration.ofMillis(10)).newConsumer();
 * }</pre>
 */
public final class ConsumerSettings {

    private final Map<String, Object> config = new HashMap<>();

    private ConsumerSettings(String bootstrapServers, String clientId) {
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Objects.requireNonNull(bootstrapServers, "bootstrap servers"));
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, Objects.requireNonNull(clientId, "client id"));
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    }

    /** A group-less consumer (it is assigned partitions and commits nothing) until {@link #group} is called. */
    public static ConsumerSettings of(String bootstrapServers, String clientId) {
        return new ConsumerSettings(bootstrapServers, clientId);
    }

    /** Joins a consumer group, which shares the partitions among its members and keeps their committed offsets. */
    public ConsumerSettings group(String groupId) {
        config.put(ConsumerConfig.GROUP_ID_CONFIG, Objects.requireNonNull(groupId, "group id"));
        return this;
    }

    /** A group without committed offsets starts at the beginning of the topic, not at its end. */
    public ConsumerSettings fromEarliest() {
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return this;
    }

    /** At most this many records per poll. */
    public ConsumerSettings maxPollRecords(int records) {
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, atLeastOne(records, "max poll records"));
        return this;
    }

    /** The broker answers a fetch once {@code minBytes} are there or after {@code maxWait}. */
    public ConsumerSettings fetchWhen(int minBytes, Duration maxWait) {
        config.put(ConsumerConfig.FETCH_MIN_BYTES_CONFIG, atLeastOne(minBytes, "fetch min bytes"));
        config.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) maxWait.toMillis());
        return this;
    }

    /** The most a fetch returns, in all and per partition (large for a reader from offset 0). */
    public ConsumerSettings fetchAtMost(int bytes, int bytesPerPartition) {
        config.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, atLeastOne(bytes, "fetch max bytes"));
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, atLeastOne(bytesPerPartition, "max partition fetch bytes"));
        return this;
    }

    /**
     * How long the group waits for a silent member (a killed process) before giving its partitions to the others;
     * heartbeats go out every third of it.
     */
    public ConsumerSettings sessionTimeout(Duration timeout) {
        int millis = atLeastOne((int) timeout.toMillis(), "session timeout");
        config.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, millis);
        config.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Math.max(1, millis / 3));
        return this;
    }

    /** Asking for a topic that does not exist does not create it. */
    public ConsumerSettings noTopicCreation() {
        config.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return this;
    }

    /** The settings as Kafka reads them. */
    public Map<String, Object> asMap() {
        return Map.copyOf(config);
    }

    /** A new consumer with these settings; the caller closes it. */
    public KafkaConsumer<String, byte[]> newConsumer() {
        return new KafkaConsumer<>(asMap(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static int atLeastOne(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
        return value;
    }
}
