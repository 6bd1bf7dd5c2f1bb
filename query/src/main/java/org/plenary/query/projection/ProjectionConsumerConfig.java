package org.plenary.query.projection;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.config.EventTopic;
import org.plenary.query.config.QueryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The live consumer of processing group {@code plenary.projection.group}, and who waits on what it writes. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConsumerConfig {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConsumerConfig.class);

    @Bean
    VersionNotifier versionNotifier() {
        return new VersionNotifier();
    }

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "plenary.projection.enabled", havingValue = "true", matchIfMissing = true)
    ProjectionConsumer projectionConsumer(QueryProperties properties, ProjectionStore store, ProjectionSet projections,
                                          VersionNotifier notifier, EventTopic checkedTopic) {
        QueryProperties.Projection projection = properties.projection();
        KafkaConsumer<String, byte[]> consumer = ConsumerSettings.of(properties.kafka().bootstrapServers(),
                        "plenary-query-projections")
                .group(projection.group()).fromEarliest().maxPollRecords(projection.maxPollRecords())
                .fetchWhen(projection.fetchMinBytes(), projection.fetchMaxWait())
                .newConsumer();
        log.info("Processing group {} builds the projections {}", projection.group(), projections.names());
        ProjectionConsumer projectionConsumer = new ProjectionConsumer(consumer, properties.kafka().topic(),
                projections.run(store, projection.cacheSize()), store, notifier, projection.pollTimeout());
        projectionConsumer.start();
        return projectionConsumer;
    }
}
