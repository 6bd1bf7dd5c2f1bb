package org.plenary.command.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.plenary.command.draft.DraftResolution;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.CachedDrafts;
import org.plenary.command.store.DraftSnapshotter;
import org.plenary.command.store.Durability;
import org.plenary.command.store.Incarnation;
import org.plenary.command.store.MongoEventStorageEngine;
import org.plenary.command.store.SnapshotStore;
import org.plenary.command.store.StrongLruCache;
import org.plenary.shared.json.Json;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Axon, configured explicitly rather than by the Boot starter: a simple command bus, the DraftResolution
 * aggregate with a strong LRU cache and a snapshot every {@code plenary.aggregates.snapshot-threshold}
 * events, taken from the draft the node holds by a thread of its own ({@link DraftSnapshotter},
 * {@link SnapshotExecutor}), and the MongoDB event storage, durable before a command is acknowledged (the
 * {@link Durability} the context holds; none where the database's acknowledgement is durable already). Explicit wiring keeps Axon out of
 * the query app's context when both apps share one JVM.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonConfig {

    @Bean
    SnapshotStore snapshotStore(MongoClient client, CommandProperties properties) {
        return new SnapshotStore(client.getDatabase(properties.mongo().database())
                .getCollection(properties.eventStore().snapshotsCollection()), DraftResolution.class);
    }

    @Bean
    MongoEventStorageEngine eventStorageEngine(MongoCollection<Document> eventsCollection, Incarnation incarnation,
                                               AppendListener appendListener, SnapshotStore snapshots,
                                               CommandProperties properties, ObjectProvider<Durability> durability) {
        MongoEventStorageEngine.createIndexes(eventsCollection);
        return new MongoEventStorageEngine(eventsCollection, incarnation, appendListener, snapshots,
                durability.getIfAvailable(() -> Durability.NONE), properties.producer().maxEventBytes());
    }

    @Bean
    StrongLruCache aggregateCache(CommandProperties properties) {
        return new StrongLruCache(properties.aggregates().cacheSize());
    }

    @Bean
    CachedDrafts cachedDrafts(MongoEventStorageEngine storageEngine, StrongLruCache aggregateCache) {
        return new CachedDrafts(storageEngine, aggregateCache);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService snapshotExecutor() {
        return SnapshotExecutor.create();
    }

    @Bean(destroyMethod = "shutdown")
    Configuration axonConfiguration(MongoEventStorageEngine storageEngine, StrongLruCache cache, CommandProperties properties,
                                    SnapshotStore snapshots, ExecutorService snapshotExecutor) {
        Configuration configuration = configure(storageEngine, cache, snapshots, snapshotExecutor,
                properties.aggregates().snapshotThreshold());
        configuration.start();
        return configuration;
    }

    /** Axon for the drafts, not started: the node's wiring, which tests build over their own store too. */
    public static Configuration configure(MongoEventStorageEngine storageEngine, Cache cache, SnapshotStore snapshots,
                                          Executor snapshotExecutor, int snapshotThreshold) {
        ObjectMapper mapper = Json.configure(new ObjectMapper());
        return DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.builder().objectMapper(mapper).build())
                .configureEmbeddedEventStore(c -> storageEngine)
                // the idempotency key of a request travels from its command to the events it stores
                .configureCorrelationDataProviders(c -> List.of(new MessageOriginProvider(),
                        new SimpleCorrelationDataProvider(MongoEventStorageEngine.IDEMPOTENCY_KEY)))
                // the draft as the node holds it, off the command thread, instead of Axon's rebuild from the store
                .configureSnapshotter(c -> new DraftSnapshotter(() -> c.repository(DraftResolution.class), snapshots,
                        snapshotExecutor))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DraftResolution.class)
                        .configureCache(c -> cache)
                        .configureCommandTargetResolver(c -> DraftTargetResolver.INSTANCE)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                                snapshotThreshold)))
                .buildConfiguration();
    }

    @Bean
    CommandGateway commandGateway(Configuration axonConfiguration) {
        return axonConfiguration.commandGateway();
    }
}
