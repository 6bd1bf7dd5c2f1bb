package org.plenary.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Kafka 3.9 drops the first batch of an idempotent producer sent to a partition that the metadata already shows
 * with a leader but whose leader does not serve it yet (KAFKA-15591): the batch gets NOT_LEADER_OR_FOLLOWER, the
 * next in-flight batch is accepted, and every retry of the first then fails with OUT_OF_ORDER_SEQUENCE_NUMBER until
 * it expires. {@link EmbeddedKafkaBroker#ensureTopic} must return only when the leader serves every partition.
 */
class FreshTopicIdempotenceTest {

    @Test
    void producingRightAfterEnsureTopicLosesNothing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            Map<String, Object> config = new HashMap<>();
            config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
            config.put(ProducerConfig.BATCH_SIZE_CONFIG, 200);
            config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
            config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
            try (KafkaProducer<String, String> producer =
                         new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
                for (int t = 0; t < 6; t++) {
                    String topic = "fresh-" + t;
                    long began = System.nanoTime();
                    broker.ensureTopic(topic, 8);
                    long created = System.nanoTime();
                    List<Future<RecordMetadata>> sends = new ArrayList<>();
                    for (int i = 0; i < 400; i++) {
                        sends.add(producer.send(new ProducerRecord<>(topic, i % 8, "k" + i, "value-" + i)));
                    }
                    for (Future<RecordMetadata> send : sends) {
                        assertThat(send.get(30, TimeUnit.SECONDS).hasOffset()).isTrue();
                    }
                    System.out.printf("TIMING ensureTopic %d ms, 400 sends %d ms%n",
                            TimeUnit.NANOSECONDS.toMillis(created - began),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - created));
                }
            }
        }
    }
}
