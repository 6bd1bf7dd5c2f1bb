package org.plenary.query.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.plenary.query.history.TimeTravel;
import org.plenary.query.projection.DraftProjector;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.VersionNotifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** MongoDB, the projection store and the consumer of processing group {@code plenary.projection.group}. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfig {

    @Bean(destroyMethod = "close")
    MongoClient queryMongoClient(QueryProperties properties) {
        return MongoClients.create(properties.mongo().uri());
    }

    @Bean
    ProjectionStore projectionStore(MongoClient client, QueryProperties properties) {
        return new ProjectionStore(client.getDatabase(properties.mongo().database()));
    }

    @Bean
    TimeTravel timeTravel(ProjectionStore store, QueryProperties properties) {
        return new TimeTravel(store, properties.projection().checkpointInterval());
    }

    @Bean
    VersionNotifier versionNotifier() {
        return new VersionNotifier();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "plenary.projection.enabled", havingValue = "true", matchIfMissing = true)
    ProjectionConsumer projectionConsumer(QueryProperties properties, ProjectionStore store, VersionNotifier notifier) {
        QueryProperties.Projection projection = properties.projection();
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.kafka().bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, projection.group(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, projection.maxPollRecords(),
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50,
                ConsumerConfig.CLIENT_ID_CONFIG, "plenary-query-projections"),
                new StringDeserializer(), new ByteArrayDeserializer());
        ProjectionConsumer projectionConsumer = new ProjectionConsumer(consumer, properties.kafka().topic(),
                new DraftProjector(store, projection.cacheSize(), projection.checkpointInterval()), store, notifier, projection.pollTimeout());
        projectionConsumer.start();
        return projectionConsumer;
    }
}
