package org.plenary.command.config;

import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.plenary.command.publish.KafkaEventPublisher;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.PublicationLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The topic, the idempotent producer and the publisher that recovers unpublished events at start. */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    @Bean
    PublicationLog publicationLog(MongoCollection<Document> eventsCollection) {
        return new PublicationLog(eventsCollection);
    }

    @Bean
    AppendListener appendListener(CommandProperties properties, PublicationLog publicationLog) throws Exception {
        if (!properties.publisher().enabled()) {
            return events -> { }; // store-only: the next start with publishing on sends them
        }
        CommandProperties.Kafka kafka = properties.kafka();
        ensureTopic(kafka);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, kafka.lingerMs(),
                ProducerConfig.BATCH_SIZE_CONFIG, kafka.batchSize(),
                ProducerConfig.CLIENT_ID_CONFIG, "plenary-command"),
                new StringSerializer(), new ByteArraySerializer());
        KafkaEventPublisher publisher = new KafkaEventPublisher(producer, kafka.topic(), publicationLog,
                properties.publisher().markInterval());
        publisher.recover();
        return publisher;
    }

    private static void ensureTopic(CommandProperties.Kafka kafka) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(kafka.topic())) {
                try {
                    admin.createTopics(List.of(new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicationFactor())))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, kafka.topic());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + kafka.bootstrapServers() + " did not answer within 30 s", e);
        }
    }

    /**
     * Waits until every partition's leader serves offsets. An idempotent producer that writes to a partition
     * created a moment ago can lose its first batch (KAFKA-15591, seen here with Kafka 3.9.1; docs/EMBEDDED.md).
     */
    private static void awaitLeaders(Admin admin, String topic) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try {
                int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS)
                        .get(topic).partitions().size();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                for (int p = 0; p < partitions; p++) {
                    latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
                }
                admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("partitions of " + topic + " have no serving leader after 30 s", e);
                }
                Thread.sleep(50);
            }
        }
    }
}
