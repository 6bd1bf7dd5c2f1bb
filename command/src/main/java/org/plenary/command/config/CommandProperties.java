package org.plenary.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Every tunable of the command app; defaults and comments are in command.yml.
 */
@ConfigurationProperties("plenary")
public record CommandProperties(Mongo mongo, Kafka kafka, Publisher publisher, Aggregates aggregates, Http http,
                                @DefaultValue Idempotency idempotency) {

    public record Mongo(@DefaultValue("mongodb://127.0.0.1:27017") String uri,
                        @DefaultValue("plenary") String database,
                        @DefaultValue("events") String eventsCollection,
                        @DefaultValue("snapshots") String snapshotsCollection,
                        @DefaultValue("reconciled_offsets") String reconciledCollection,
                        @DefaultValue("idempotency_keys") String idempotencyCollection) {
    }

    public record Kafka(@DefaultValue("127.0.0.1:9092") String bootstrapServers,
                        @DefaultValue("plenary.draft-events") String topic,
                        @DefaultValue("8") int partitions,
                        @DefaultValue("1") short replicationFactor,
                        @DefaultValue("5") int lingerMs,
                        @DefaultValue("65536") int batchSize,
                        @DefaultValue("1000000") int maxEventBytes) {
    }

    public record Publisher(@DefaultValue("true") boolean enabled,
                            @DefaultValue("20ms") Duration markInterval,
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
