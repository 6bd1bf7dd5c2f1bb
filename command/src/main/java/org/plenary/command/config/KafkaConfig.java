package org.plenary.command.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.TopicConfig;
import org.plenary.command.publish.KafkaEventPublisher;
import org.plenary.command.publish.TopicLimits;
import org.plenary.command.publish.TopicReconciler;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.Durability;
import org.plenary.command.store.EventRestorer;
import org.plenary.command.store.Incarnation;
import org.plenary.command.store.PublicationLog;
import org.plenary.command.store.PublicationMarks;
import org.plenary.command.store.ReconciledOffsets;
import org.springframework.beans.factory.ObjectProvider;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.platform.kafka.KafkaSettings;
import org.plenary.platform.kafka.TopicReadiness;
import org.plenary.platform.kafka.TopicRetention;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The topic, the idempotent producer and the publisher. At start, before any command is accepted, the store is
 * reconciled with the topic (events published but missing from the store are restored), then what the store holds
 * unpublished (above the watermarks of other incarnations) is published.
 */
@Configuration(proxyBeanMethods = false)
public class KafkaConfig {

    @Bean
    PublicationMarks publicationMarks(MongoClient client, CommandProperties properties) {
        return new PublicationMarks(client.getDatabase(properties.mongo().database())
                .getCollection(properties.eventStore().publicationCollection()), properties.publisher().lease());
    }

    /**
     * This run of this node, registered before it stores anything; closed (its watermark written for the last time)
     * after the publisher and the event store stop, which depend on it.
     */
    @Bean(destroyMethod = "close")
    Incarnation incarnation(PublicationMarks publicationMarks) {
        return publicationMarks.register();
    }

    @Bean
    PublicationLog publicationLog(MongoCollection<Document> eventsCollection, PublicationMarks publicationMarks) {
        return new PublicationLog(eventsCollection, publicationMarks);
    }

    @Bean
    ReconciledOffsets reconciledOffsets(MongoClient client, CommandProperties properties) {
        return new ReconciledOffsets(client.getDatabase(properties.mongo().database())
                .getCollection(properties.eventStore().reconciledCollection()), properties.kafka().topic());
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
        ensureTopic(properties.kafka(), properties.producer());
        KafkaSettings kafka = properties.kafka();
        return new TopicReconciler(reconcilingConsumer(kafka), kafka.topic(), new EventRestorer(eventsCollection, publicationLog),
                offsets, durability.getIfAvailable(() -> Durability.NONE)).reconcile();
    }

    /** Made after the reconciliation (a parameter for that reason): nothing is published before the store is whole. */
    @Bean
    AppendListener appendListener(CommandProperties properties, PublicationLog publicationLog, ReconciledOffsets offsets,
                                  Incarnation incarnation, TopicReconciler.Result reconciliation) {
        if (!properties.publisher().enabled()) {
            return events -> { }; // store-only: the next start with publishing on sends them
        }
        KafkaSettings kafka = properties.kafka();
        CommandProperties.Producer producing = properties.producer();
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, producing.lingerMs(),
                ProducerConfig.BATCH_SIZE_CONFIG, producing.batchSize(),
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG, TopicLimits.recordLimit(producing.maxEventBytes()),
                ProducerConfig.CLIENT_ID_CONFIG, "plenary-command"),
                new StringSerializer(), new ByteArraySerializer());
        KafkaEventPublisher publisher = new KafkaEventPublisher(producer, kafka.topic(), publicationLog, incarnation, offsets,
                properties.publisher().markInterval(), properties.publisher().maxBacklog());
        publisher.recover();
        return publisher;
    }

    private static KafkaConsumer<String, byte[]> reconcilingConsumer(KafkaSettings kafka) {
        return ConsumerSettings.of(kafka.bootstrapServers(), "plenary-command-reconciler").maxPollRecords(1000).newConsumer();
    }

    /**
     * Creates the topic when it is missing, taking events up to {@code max-event-bytes}, waits until every
     * partition's leader serves it (KAFKA-15591), and refuses to run against a topic that takes less or that would
     * delete events (it is created keeping every event forever: {@link TopicRetention}).
     */
    private static void ensureTopic(KafkaSettings kafka, CommandProperties.Producer producing) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            Map<String, String> configs = new HashMap<>(TopicRetention.KEEP_FOREVER);
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(TopicLimits.recordLimit(producing.maxEventBytes())));
            TopicReadiness.ensure(admin, new NewTopic(kafka.topic(), producing.partitions(), producing.replicationFactor())
                    .configs(configs));
            TopicLimits.check(admin, kafka.topic(), producing.maxEventBytes());
            TopicRetention.check(admin, kafka.topic());
        }
    }
}
