package org.plenary.query.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.plenary.query.history.TimeTravel;
import org.plenary.query.replay.ProjectionGenerations;
import org.plenary.query.replay.ReplayRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.plenary.query.projection.DraftProjector;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.VersionNotifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;
import java.util.Optional;

/** MongoDB, the projection store and the consumer of processing group {@code plenary.projection.group}. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfig {

    private static final Logger log = LoggerFactory.getLogger(ProjectionConfig.class);

    @Bean(destroyMethod = "close")
    MongoClient queryMongoClient(QueryProperties properties) {
        return MongoClients.create(properties.mongo().uri());
    }

    @Bean
    ProjectionGenerations projectionGenerations(MongoClient client, QueryProperties properties) {
        return new ProjectionGenerations(client.getDatabase(properties.mongo().database()));
    }

    /** The store serves the generation recorded as active (0 on a fresh install). */
    @Bean
    ProjectionStore projectionStore(MongoClient client, QueryProperties properties, ProjectionGenerations generations) {
        int active = generations.active().map(ProjectionGenerations.Active::generation).orElse(0);
        return new ProjectionStore(client.getDatabase(properties.mongo().database()), active);
    }

    @Bean
    ReplayRunner replayRunner(QueryProperties properties, ProjectionStore store, ProjectionGenerations generations,
                              ObjectProvider<ProjectionConsumer> liveConsumer) {
        return new ReplayRunner(new ReplayRunner.Settings(properties.kafka().bootstrapServers(),
                properties.kafka().topic(), properties.replay().cacheDrafts(),
                properties.projection().checkpointInterval(), properties.replay().maxPollRecords(),
                properties.replay().flushEvents(), properties.replay().threads()),
                store, generations, liveConsumer.getIfAvailable());
    }

    /**
     * Backfill: when the active generation lacks a projection this code builds (one was added), or projections
     * exist from before generations were recorded, every projection is rebuilt from the topic in the background.
     */
    @Bean
    ApplicationRunner projectionBackfill(ProjectionGenerations generations, ProjectionStore store, ReplayRunner replay,
                                         QueryProperties properties) {
        return args -> {
            if (!properties.projection().enabled()) {
                return;
            }
            Optional<ProjectionGenerations.Active> active = generations.active();
            if (active.isEmpty() && store.listDrafts().isEmpty()) {
                generations.activate(store.generation(), ProjectionGenerations.CURRENT);
            } else if (active.isEmpty() || !active.get().holdsAll(ProjectionGenerations.CURRENT)) {
                log.info("Projections {} are missing from generation {}: rebuilding from the topic",
                        ProjectionGenerations.CURRENT, store.generation());
                replay.start();
            }
        };
    }

    @Bean
    TimeTravel timeTravel(ProjectionStore store, QueryProperties properties) {
        return new TimeTravel(store, properties.projection().checkpointInterval(), properties.queries().checkpointCache());
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
