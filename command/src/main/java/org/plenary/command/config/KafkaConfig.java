package org.plenary.command.config;

import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.plenary.command.publish.KafkaEventPublisher;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.PublicationLog;
import org.plenary.platform.kafka.KafkaSettings;
import org.plenary.platform.kafka.TopicReadiness;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

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
        KafkaSettings kafka = properties.kafka();
        CommandProperties.Producer producing = properties.producer();
        ensureTopic(kafka, producing);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, producing.lingerMs(),
                ProducerConfig.BATCH_SIZE_CONFIG, producing.batchSize(),
                ProducerConfig.CLIENT_ID_CONFIG, "plenary-command"),
                new StringSerializer(), new ByteArraySerializer());
        KafkaEventPublisher publisher = new KafkaEventPublisher(producer, kafka.topic(), publicationLog,
                properties.publisher().markInterval());
        publisher.recover();
        return publisher;
    }

    /** Creates the topic when it is missing and waits until every partition's leader serves it (KAFKA-15591). */
    private static void ensureTopic(KafkaSettings kafka, CommandProperties.Producer producing) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            TopicReadiness.ensure(admin, new NewTopic(kafka.topic(), producing.partitions(), producing.replicationFactor()));
        }
    }
}
