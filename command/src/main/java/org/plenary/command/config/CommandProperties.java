package org.plenary.command.config;

import org.plenary.platform.kafka.KafkaSettings;
import org.plenary.platform.mongo.MongoSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

import java.time.Duration;

/**
 * Every tunable of the command app; defaults and comments are in command.yml. Where MongoDB and Kafka are
 * ({@code plenary.mongo.uri}, {@code plenary.kafka.topic} …) is read into the records both apps share; the
 * command app's own settings under the same prefixes into {@link EventStore} and {@link Producer}.
 */
@ConfigurationProperties("plenary")
public record CommandProperties(MongoSettings mongo, @Name("mongo") EventStore eventStore, KafkaSettings kafka,
                                @Name("kafka") Producer producer, Publisher publisher, Aggregates aggregates, Http http) {

    /** {@code plenary.mongo.*}: the collections of the event store. */
    public record EventStore(@DefaultValue("events") String eventsCollection,
                             @DefaultValue("snapshots") String snapshotsCollection) {
    }

    /** {@code plenary.kafka.*}: the topic the command app creates when it is missing, and its producer's batching. */
    public record Producer(@DefaultValue("8") int partitions,
                           @DefaultValue("1") short replicationFactor,
                           @DefaultValue("5") int lingerMs,
                           @DefaultValue("65536") int batchSize) {
    }

    public record Publisher(@DefaultValue("true") boolean enabled,
                            @DefaultValue("20ms") Duration markInterval) {
    }

    public record Aggregates(@DefaultValue("10000") int cacheSize,
                             @DefaultValue("3") int concurrencyRetries,
                             @DefaultValue("250") int snapshotThreshold) {
    }

    public record Http(@DefaultValue("1048576") long maxBodyBytes) {
    }
}
