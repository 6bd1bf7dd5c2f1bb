package org.plenary.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the topic delivered again (as a producer retry, a recovery republishing, or a redelivery would),
 * interleaved with new commands: each is applied once, and the projections equal a fresh rebuild from the topic.
 */
class DuplicateDeliveryTest {

    private static PlenaryStack stack;
    private static final Http http = new Http();

    @BeforeAll
    static void start() {
        stack = PlenaryStack.builder().build().start();
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    @Test
    void everyEventDeliveredTwiceIsAppliedOnce() throws Exception {
        String command = stack.commandUrl() + "/api/drafts";
        String draft = http.submitSample(command);
        Acknowledged acknowledged = new Acknowledged();
        for (String delegation : CrashRecoveryTest.JOINERS.subList(0, 10)) {
            Http.Response joined = http.post(command + "/" + draft + "/cosponsors", "dev:" + delegation, null);
            acknowledged.join(draft, delegation, joined.json().get("version").asLong());
        }
        assertThat(http.get(stack.queryUrl() + "/api/drafts/" + draft + "?minVersion=11").json().get("version").asLong())
                .isEqualTo(11);

        int duplicated = deliverEverythingAgain(stack);
        for (String delegation : CrashRecoveryTest.JOINERS.subList(10, 15)) {
            Http.Response joined = http.post(command + "/" + draft + "/cosponsors", "dev:" + delegation, null);
            acknowledged.join(draft, delegation, joined.json().get("version").asLong());
        }

        assertThat(duplicated).isEqualTo(11);
        JsonNode view = http.get(stack.queryUrl() + "/api/drafts/" + draft + "/sponsors?minVersion=16").json();
        assertThat(view.get("version").asLong()).isEqualTo(16);
        assertThat(view.get("coSponsors")).hasSize(15);
        assertThat(acknowledged.checkProjections(http, stack.queryUrl())).isEqualTo(15);
        assertThat(acknowledged.checkStore(stack.mongo().connectionString())).isEqualTo(15);
        assertThat(Acknowledged.replayEqualsLive(http, stack.queryUrl())).isEqualTo(1);
        acknowledged.report("every event delivered twice (" + duplicated + " duplicates)", duplicated);
    }

    /** Reads every record of the topic and produces it again, same key and bytes; returns how many. */
    static int deliverEverythingAgain(PlenaryStack stack) {
        return deliverEverythingAgain(stack, 1);
    }

    /** Reads every record of the topic and produces it {@code times} times again; returns how many records that made. */
    static int deliverEverythingAgain(PlenaryStack stack, int times) {
        String topic = "plenary.draft-events";
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers()),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka().bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < times; i++) {
                records.forEach(r -> producer.send(new ProducerRecord<>(topic, r.key(), r.value())));
            }
        }
        return records.size() * times;
    }
}
