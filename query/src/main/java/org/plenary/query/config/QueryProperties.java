package org.plenary.query.config;

import org.plenary.platform.kafka.KafkaSettings;
import org.plenary.platform.mongo.MongoSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/** Every tunable of the query app; defaults and comments are in query.yml. */
@ConfigurationProperties("plenary")
public record QueryProperties(MongoSettings mongo, KafkaSettings kafka, Projection projection, Queries queries,
                              Replay replay) {

    public record Projection(@DefaultValue("true") boolean enabled,
                             @DefaultValue("plenary-projections") String group,
                             @DefaultValue("2000") int maxPollRecords,
                             @DefaultValue("100ms") Duration pollTimeout,
                             @DefaultValue("10000") int cacheSize,
                             @DefaultValue("100") int checkpointInterval,
                             @DefaultValue("16384") int fetchMinBytes,
                             @DefaultValue("10ms") Duration fetchMaxWait) {
    }

    public record Replay(@DefaultValue("1000") int cacheDrafts,
                         @DefaultValue("5000") int maxPollRecords,
                         @DefaultValue("25000") int flushEvents,
                         @DefaultValue("2") int threads) {
    }

    public record Queries(@DefaultValue("5s") Duration minVersionWait,
                          @DefaultValue("100") int viewCache,
                          @DefaultValue("1000") int checkpointCache) {
    }
}
