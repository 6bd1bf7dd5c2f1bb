package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.config.QueryProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;


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
        KafkaConsumer<String, byte[]> consumer = ConsumerSettings.of(properties.kafka().bootstrapServers(),
                        "plenary-query-projections")
                .group(projection.group()).fromEarliest().maxPollRecords(projection.maxPollRecords())
                .fetchWhen(projection.fetchMinBytes(), projection.fetchMaxWait())
                .newConsumer();
        ProjectionConsumer projectionConsumer = new ProjectionConsumer(consumer, properties.kafka().topic(),
                new DraftProjector(store, projection.cacheSize(), projection.checkpointInterval()), store, notifier, projection.pollTimeout());
        projectionConsumer.start();
        return projectionConsumer;
    }
}
