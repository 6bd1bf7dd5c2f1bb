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
                                @Name("kafka") Producer producer, Publisher publisher, Aggregates aggregates, Http http,
                                @DefaultValue Idempotency idempotency) {

    /** {@code plenary.mongo.*}: the collections of the event store and of what the command app keeps beside it. */
    public record EventStore(@DefaultValue("events") String eventsCollection,
                             @DefaultValue("snapshots") String snapshotsCollection,
                             @DefaultValue("reconciled_offsets") String reconciledCollection,
                             @DefaultValue("publication_marks") String publicationCollection,
                             @DefaultValue("idempotency_keys") String idempotencyCollection) {
    }

    /**
     * {@code plenary.kafka.*}: the topic the command app creates when it is missing, its producer's batching, and the
     * largest event it stores (the topic and the producer are set to take it).
     */
    public record Producer(@DefaultValue("8") int partitions,
                           @DefaultValue("1") short replicationFactor,
                           @DefaultValue("5") int lingerMs,
                           @DefaultValue("65536") int batchSize,
                           @DefaultValue("1000000") int maxEventBytes) {
    }

    public record Publisher(@DefaultValue("true") boolean enabled,
                            @DefaultValue("20ms") Duration markInterval,
                            @DefaultValue("30s") Duration lease,
                            @DefaultValue("10000") long maxBacklog) {
    }

    public record Idempotency(@DefaultValue("24h") Duration retention,
                              @DefaultValue("30s") Duration lease,
                              @DefaultValue("10s") Duration inProgressWait) {
    }

    public record Aggregates(@DefaultValue("10000") int cacheSize,
                             @DefaultValue("3") int concurrencyRetries,
                             @DefaultValue("250") int snapshotThreshold) {
    }

    public record Http(@DefaultValue("1048576") long maxBodyBytes, @DefaultValue("32") int maxJsonNesting) {
    }
}
