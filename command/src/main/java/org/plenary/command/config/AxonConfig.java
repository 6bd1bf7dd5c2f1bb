package org.plenary.command.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.plenary.command.draft.DraftResolution;
import org.plenary.command.store.AppendListener;
import org.plenary.command.store.MongoEventStorageEngine;
import org.plenary.command.store.SnapshotStore;
import org.plenary.command.store.StrongLruCache;
import org.plenary.shared.json.Json;
import org.springframework.context.annotation.Bean;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Axon, configured explicitly rather than by the Boot starter: a simple command bus, the DraftResolution
 * aggregate with a strong LRU cache and a snapshot every {@code plenary.aggregates.snapshot-threshold}
 * events, and the MongoDB event storage. Explicit wiring keeps Axon out of
 * the query app's context when both apps share one JVM.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class AxonConfig {

    @Bean
    MongoEventStorageEngine eventStorageEngine(MongoCollection<Document> eventsCollection, AppendListener appendListener,
                                               MongoClient client, CommandProperties properties) {
        SnapshotStore snapshots = new SnapshotStore(client.getDatabase(properties.mongo().database())
                .getCollection(properties.eventStore().snapshotsCollection()), DraftResolution.class);
        return new MongoEventStorageEngine(eventsCollection, appendListener, snapshots);
    }

    @Bean(destroyMethod = "shutdown")
    Configuration axonConfiguration(MongoEventStorageEngine storageEngine, CommandProperties properties) {
        ObjectMapper mapper = Json.configure(new ObjectMapper());
        StrongLruCache cache = new StrongLruCache(properties.aggregates().cacheSize());
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.builder().objectMapper(mapper).build())
                .configureEmbeddedEventStore(c -> storageEngine)
                .configureAggregate(AggregateConfigurer.defaultConfiguration(DraftResolution.class)
                        .configureCache(c -> cache)
                        .configureSnapshotTrigger(c -> new EventCountSnapshotTriggerDefinition(c.snapshotter(),
                                properties.aggregates().snapshotThreshold())))
                .buildConfiguration();
        configuration.start();
        return configuration;
    }

    @Bean
    CommandGateway commandGateway(Configuration axonConfiguration) {
        return axonConfiguration.commandGateway();
    }
}
