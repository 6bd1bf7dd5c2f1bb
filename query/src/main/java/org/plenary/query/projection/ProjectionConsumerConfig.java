package org.plenary.query.projection;

import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.config.EventTopic;
import org.plenary.query.config.QueryProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live consumer of processing group {@code plenary.projection.group} (one group per generation of projections),
 * who waits on what it writes, and the watcher that makes this node follow the active generation.
 */
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
                                          VersionNotifier notifier, ProjectionGenerations generations,
                                          ObjectProvider<ProjectionDurability> durability, EventTopic checkedTopic) {
        QueryProperties.Projection projection = properties.projection();
        String group = generations.active().filter(a -> a.generation() == store.generation())
                .map(a -> a.groupOr(projection.group())).orElse(projection.group());
        log.info("Processing group {} builds the projections {} into generation {}", group, projections.names(),
                store.generation());
        ProjectionConsumer projectionConsumer = new ProjectionConsumer(
                groupId -> ConsumerSettings.of(properties.kafka().bootstrapServers(), "plenary-query-projections")
                        .group(groupId).fromEarliest().maxPollRecords(projection.maxPollRecords())
                        .fetchWhen(projection.fetchMinBytes(), projection.fetchMaxWait())
                        .sessionTimeout(projection.sessionTimeout()).newConsumer(),
                group, properties.kafka().topic(), projections.run(store, projection.cacheSize()), store, notifier,
                projection.pollTimeout(), projection.retryBackoff())
                .durability(durability.getIfAvailable(() -> ProjectionDurability.NONE));
        projectionConsumer.start();
        return projectionConsumer;
    }

    @Bean(destroyMethod = "close")
    GenerationWatcher generationWatcher(ProjectionGenerations generations, ProjectionStore store,
                                        ObjectProvider<ProjectionConsumer> consumer, QueryProperties properties) {
        QueryProperties.Projection projection = properties.projection();
        return new GenerationWatcher(generations, store, consumer.getIfAvailable(), projection.node(), projection.group(),
                projection.generationCheck());
    }
}
