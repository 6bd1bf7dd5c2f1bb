package org.plenary.query;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.plenary.embedded.EmbeddedKafkaBroker;
import org.plenary.shared.draft.EventCodec;
import org.plenary.shared.draft.EventEnvelope;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * For tests: a real Kafka broker in this JVM for the whole test class, topics of draft events on it, and a
 * producer that writes envelopes as the command side does (key = draft id, value = {@link EventCodec} JSON).
 * <pre>{@code @RegisterExtension static final EventTopics kafka = new EventTopics();}</pre>
 */
public final class EventTopics implements BeforeAllCallback, AfterAllCallback {

    private EmbeddedKafkaBroker broker;
    private KafkaProducer<String, byte[]> producer;
    private Admin admin;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker = EmbeddedKafkaBroker.builder().build().start();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new ByteArraySerializer());
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        admin.close();
        producer.close();
        broker.close();
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Creates a topic (use a new name per test). */
    public String topic(String name, int partitions) {
        broker.ensureTopic(name, partitions);
        return name;
    }

    /** Sends the events in order and waits until they are stored. */
    public void send(String topic, List<EventEnvelope> events) {
        for (EventEnvelope e : events) {
            sendRaw(topic, e.draftId(), EventCodec.encode(e).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Sends any bytes (e.g. a record no codec reads) and waits until it is stored; returns its offset. */
    public long sendRaw(String topic, String key, byte[] value) {
        try {
            return producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS).offset();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** The offsets group {@code group} has committed, per partition (none: absent). */
    public Map<TopicPartition, Long> committed(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata().get();
        offsets.forEach((partition, offset) -> {
            if (offset != null) {
                committed.put(partition, offset.offset());
            }
        });
        return committed;
    }
}
