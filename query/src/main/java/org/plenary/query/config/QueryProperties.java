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
                             @DefaultValue("10ms") Duration fetchMaxWait,
                             @DefaultValue("") String nodeId,
                             @DefaultValue("1s") Duration retryBackoff,
                             @DefaultValue("500ms") Duration generationCheck,
                             @DefaultValue("10000") long maxReadyLag,
                             @DefaultValue("10s") Duration sessionTimeout) {

        /** This node's name among the query nodes: {@code node-id}, else the host's name. */
        public String node() {
            if (!nodeId.isBlank()) {
                return nodeId;
            }
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "query-node";
            }
        }
    }

    public record Replay(@DefaultValue("1000") int cacheDrafts,
                         @DefaultValue("5000") int maxPollRecords,
                         @DefaultValue("25000") int flushEvents,
                         @DefaultValue("2") int threads,
                         @DefaultValue("15s") Duration lease,
                         @DefaultValue("60s") Duration switchWait,
                         @DefaultValue("250000") int writtenDigests) {
    }

    public record Queries(@DefaultValue("5s") Duration minVersionWait,
                          @DefaultValue("100") int viewCache,
                          @DefaultValue("1000") int checkpointCache,
                          @DefaultValue("200") int historyBucketCache,
                          @DefaultValue("1000") int pastTextCache) {
    }
}
