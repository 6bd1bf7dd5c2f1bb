package org.plenary.command.config;

import com.mongodb.client.MongoClient;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.plenary.command.publish.KafkaEventPublisher;
import org.plenary.command.publish.TopicLimits;
import org.plenary.command.publish.TopicReconciler;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.Durability;
import org.plenary.command.store.EventRestorer;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.ReconciledOffsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The topic, the idempotent producer and the publisher. At start, before any command is accepted, the store is
 * reconciled with the topic (events published but missing from the store are restored), then what the store holds
 * unpublished is published.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    @Bean
    PublicationLog publicationLog(MongoCollection<Document> eventsCollection) {
        return new PublicationLog(eventsCollection);
    }

    @Bean
    ReconciledOffsets reconciledOffsets(MongoClient client, CommandProperties properties) {
        return new ReconciledOffsets(client.getDatabase(properties.mongo().database())
                .getCollection(properties.mongo().reconciledCollection()), properties.kafka().topic());
    }

    /**
     * Runs before the publisher exists, so before any command: what the topic holds beyond the reconciled offsets is
     * made present in the store. Skipped (an empty result) when publishing is off.
     */
    @Bean
    TopicReconciler.Result reconciliation(CommandProperties properties, PublicationLog publicationLog,
                                          MongoCollection<Document> eventsCollection, ReconciledOffsets offsets,
                                          ObjectProvider<Durability> durability) throws Exception {
        if (!properties.publisher().enabled()) {
            return new TopicReconciler.Result(0, 0, 0, List.of());
        }
        CommandProperties.Kafka kafka = properties.kafka();
        ensureTopic(kafka);
        return new TopicReconciler(reconcilingConsumer(kafka), kafka.topic(), new EventRestorer(eventsCollection, publicationLog),
                offsets, durability.getIfAvailable(() -> Durability.NONE)).reconcile();
    }

    /** Made after the reconciliation (a parameter for that reason): nothing is published before the store is whole. */
    @Bean
    AppendListener appendListener(CommandProperties properties, PublicationLog publicationLog, ReconciledOffsets offsets,
                                  TopicReconciler.Result reconciliation) {
        if (!properties.publisher().enabled()) {
            return events -> { }; // store-only: the next start with publishing on sends them
        }
        CommandProperties.Kafka kafka = properties.kafka();
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, kafka.lingerMs(),
                ProducerConfig.BATCH_SIZE_CONFIG, kafka.batchSize(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicLimits.recordLimit(kafka.maxEventBytes()),
                ProducerConfig.CLIENT_ID_CONFIG, "plenary-command"),
                new StringSerializer(), new ByteArraySerializer());
        KafkaEventPublisher publisher = new KafkaEventPublisher(producer, kafka.topic(), publicationLog, offsets,
                properties.publisher().markInterval(), properties.publisher().maxBacklog());
        publisher.recover();
        return publisher;
    }

    private static KafkaConsumer<String, byte[]> reconcilingConsumer(CommandProperties.Kafka kafka) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000,
                ConsumerConfig.CLIENT_ID_CONFIG, "plenary-command-reconciler"),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void ensureTopic(CommandProperties.Kafka kafka) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(kafka.topic())) {
                try {
                    admin.createTopics(List.of(new NewTopic(kafka.topic(), kafka.partitions(), kafka.replicationFactor())
                                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                            Integer.toString(TopicLimits.recordLimit(kafka.maxEventBytes()))))))
                            .all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            awaitLeaders(admin, kafka.topic());
            TopicLimits.check(admin, kafka.topic(), kafka.maxEventBytes());
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
