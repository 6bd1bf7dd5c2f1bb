package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.plenary.query.config.QueryProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/** The live consumer of processing group {@code plenary.projection.group}, and who waits on what it writes. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConsumerConfig {

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
                ConsumerConfig.FETCH_MIN_BYTES_CONFIG, projection.fetchMinBytes(),
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) projection.fetchMaxWait().toMillis(),
                ConsumerConfig.CLIENT_ID_CONFIG, "plenary-query-projections"),
                new StringDeserializer(), new ByteArrayDeserializer());
        ProjectionConsumer projectionConsumer = new ProjectionConsumer(consumer, properties.kafka().topic(),
                new DraftProjector(store, projection.cacheSize(), projection.checkpointInterval()), store, notifier, projection.pollTimeout());
        projectionConsumer.start();
        return projectionConsumer;
    }
}
