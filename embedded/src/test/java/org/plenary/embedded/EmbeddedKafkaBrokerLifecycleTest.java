package org.plenary.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerLifecycleTest {

    @Test
    void aBrokerRestartedOnTheSameDirectoryStillHasTopicsRecordsAndCommittedOffsets(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("kafka");
        String topic = "kept";
        List<Map.Entry<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            records.add(Map.entry("key-" + (i % 7), "value-" + i));
        }
        String clusterId;
        int firstPort;
        long began = System.nanoTime();
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.builder().dataDirectory(data).build().start()) {
            System.out.println("TIMING kafka start (fresh persistent dir, formats storage): "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
            clusterId = first.clusterId();
            firstPort = first.port();
            assertThat(first.dataDirectory()).isEqualTo(data.toAbsolutePath());
            assertThat(first.ensureTopic(topic, 3)).isEqualTo(3);
            KafkaTestClients.sendAll(first.bootstrapServers(), topic, records);
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(first.bootstrapServers(), "keeper")) {
                consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(5)));
            }
        }
        assertThat(data.resolve("meta.properties")).exists();
        assertThat(data).as("a given data directory is kept on close").isDirectory();

        began = System.nanoTime();
        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.builder().dataDirectory(data).build().start()) {
            System.out.println("TIMING kafka start (reused dir, no format, warm JVM): "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
            System.out.println("ports: first " + firstPort + ", second " + second.port());
            assertThat(second.clusterId()).isEqualTo(clusterId);
            assertThat(second.ensureTopic(topic, 3)).isEqualTo(3);

            List<ConsumerRecord<String, String>> received =
                    KafkaTestClients.readFromStart(second.bootstrapServers(), topic, records.size());
            assertThat(received).extracting(ConsumerRecord::value)
                    .containsExactlyInAnyOrderElementsOf(records.stream().map(Map.Entry::getValue).toList());
            assertThat(received).filteredOn(r -> r.key().equals("key-3")).extracting(ConsumerRecord::value)
                    .containsExactly("value-3", "value-10", "value-17", "value-24", "value-31", "value-38",
                            "value-45", "value-52", "value-59", "value-66", "value-73", "value-80", "value-87",
                            "value-94");
            try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer(second.bootstrapServers(), "keeper")) {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        consumer.committed(Set.of(new TopicPartition(topic, 0)));
                assertThat(committed.get(new TopicPartition(topic, 0)).offset()).isEqualTo(5);
            }
        }
    }

    @Test
    void aTemporaryDirectoryIsDeletedOnCloseAndABrokerStartsOnce() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        broker.close(); // closing a broker that never started does nothing
        assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class);

        long began = System.nanoTime();
        EmbeddedKafkaBroker started = EmbeddedKafkaBroker.builder().build().start();
        System.out.println("TIMING kafka start (temporary dir, warm JVM): "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began) + " ms");
        Path data = started.dataDirectory();
        assertThat(data).isDirectory();
        assertThatThrownBy(started::start).isInstanceOf(IllegalStateException.class);
        started.close();
        started.close();
        assertThat(Files.exists(data)).isFalse();
        assertThat(started.isRunning()).isFalse();
        assertThatThrownBy(started::bootstrapServers).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theBuilderRefusesWrongArguments() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(70_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().controllerPort(-5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().defaultPartitions(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().dataDirectory(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().brokerProperty("listeners", "PLAINTEXT://0.0.0.0:9092"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(9555).controllerPort(9555).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ensureTopicRefusesWrongArguments() {
        EmbeddedKafkaBroker notStarted = EmbeddedKafkaBroker.builder().build();
        assertThatThrownBy(() -> notStarted.ensureTopic(" ", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notStarted.ensureTopic("t", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notStarted.ensureTopic("t", 1)).isInstanceOf(IllegalStateException.class);
    }
}
