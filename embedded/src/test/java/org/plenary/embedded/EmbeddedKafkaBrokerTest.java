package org.plenary.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One broker on a temporary directory, shared by the tests of this class. */
class EmbeddedKafkaBrokerTest {

    private static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        long began = System.nanoTime();
        broker = EmbeddedKafkaBroker.builder().defaultPartitions(3).build().start();
        System.out.println("TIMING kafka start (first in this JVM, temporary dir, includes class loading): "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            long began = System.nanoTime();
            broker.close();
            System.out.println("TIMING kafka close: " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
        }
    }

    @Test
    void listensOnLoopbackOnly() {
        assertThat(broker.isRunning()).isTrue();
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + broker.port());
        assertThat(broker.port()).isPositive().isNotEqualTo(broker.controllerPort());
        assertThat(broker.clusterId()).isNotBlank();
    }

    @Test
    void ensureTopicCreatesOnceAndNeverAltersAnExistingTopic() {
        assertThat(broker.ensureTopic("ensure-me", 8)).isEqualTo(8);
        assertThat(broker.ensureTopic("ensure-me", 8)).isEqualTo(8);
        assertThat(broker.ensureTopic("ensure-me", 4)).isEqualTo(8);
        assertThat(broker.ensureTopic("ensure-me", 12)).isEqualTo(8);
    }

    @Test
    void recordsProducedWithAcksAllAndIdempotenceComeBackInOrderPerKey() throws Exception {
        String topic = "events";
        assertThat(broker.ensureTopic(topic, 8)).isEqualTo(8);
        int keys = 40;
        int perKey = 50;
        List<Map.Entry<String, String>> sent = new ArrayList<>();
        for (int seq = 0; seq < perKey; seq++) {
            for (int k = 0; k < keys; k++) {
                sent.add(Map.entry("draft-" + k, "draft-" + k + "/" + seq));
            }
        }

        List<RecordMetadata> acks = KafkaTestClients.sendAll(broker.bootstrapServers(), topic, sent);
        assertThat(acks).hasSize(keys * perKey);
        assertThat(acks).extracting(RecordMetadata::partition).containsAnyOf(0, 1, 2, 3, 4, 5, 6, 7);
        assertThat(acks.stream().map(RecordMetadata::partition).distinct().count())
                .as("keys spread over several partitions").isGreaterThan(1);

        List<ConsumerRecord<String, String>> received =
                KafkaTestClients.readFromStart(broker.bootstrapServers(), topic, keys * perKey);

        assertThat(received).hasSize(keys * perKey);
        Map<String, List<String>> valuesByKey = new HashMap<>();
        Map<String, Integer> partitionByKey = new HashMap<>();
        for (ConsumerRecord<String, String> record : received) {
            valuesByKey.computeIfAbsent(record.key(), key -> new ArrayList<>()).add(record.value());
            Integer previous = partitionByKey.putIfAbsent(record.key(), record.partition());
            assertThat(previous == null || previous == record.partition())
                    .as("all records of %s in one partition", record.key()).isTrue();
        }
        assertThat(valuesByKey).hasSize(keys);
        for (int k = 0; k < keys; k++) {
            List<String> expected = new ArrayList<>();
            for (int seq = 0; seq < perKey; seq++) {
                expected.add("draft-" + k + "/" + seq);
            }
            assertThat(valuesByKey.get("draft-" + k)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void topicsCreatedOnFirstUseGetTheDefaultPartitionCount() throws Exception {
        try (KafkaProducer<String, String> producer = KafkaTestClients.safeProducer(broker.bootstrapServers())) {
            producer.send(new ProducerRecord<>("created-on-first-use", "k", "v")).get(30, TimeUnit.SECONDS);
            List<PartitionInfo> partitions = producer.partitionsFor("created-on-first-use");
            assertThat(partitions).hasSize(3);
            assertThat(partitions).allSatisfy(p -> assertThat(p.replicas()).hasSize(1));
        }
    }

    @Test
    void consumerGroupsCommitOffsets() throws Exception {
        String topic = "grouped";
        broker.ensureTopic(topic, 2);
        KafkaTestClients.sendAll(broker.bootstrapServers(), topic, List.of(Map.entry("a", "1"), Map.entry("b", "2")));
        try (var consumer = KafkaTestClients.consumer(broker.bootstrapServers(), "group-1")) {
            consumer.subscribe(List.of(topic));
            int seen = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen < 2 && System.nanoTime() < deadline) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            assertThat(seen).isEqualTo(2);
            consumer.commitSync();
            long committedTotal = consumer.committed(consumer.assignment()).values().stream()
                    .mapToLong(offset -> offset == null ? 0 : offset.offset())
                    .sum();
            assertThat(committedTotal).isEqualTo(2);
        }
    }
}
