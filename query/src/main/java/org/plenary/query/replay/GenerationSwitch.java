package org.plenary.query.replay;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.plenary.platform.kafka.ConsumerSettings;
import org.plenary.query.projection.GenerationWatcher;
import org.plenary.query.projection.ProjectionGenerations;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The end of a replay: every query node goes over to the rebuilt generation together. The new generation's consumer
 * group gets the offsets where the rebuild stopped, the generation is activated ({@code projection_meta}), every
 * node's {@link GenerationWatcher} follows it (its live consumer joins that group and goes on exactly there), and
 * the replay waits until every node heard from lately serves it before the old generation is dropped.
 */
final class GenerationSwitch {

    private static final Logger log = LoggerFactory.getLogger(GenerationSwitch.class);

    private final String bootstrapServers;
    private final ProjectionSet projections;
    private final ProjectionStore live;
    private final ProjectionGenerations generations;
    private final GenerationWatcher watcher;
    private final ReplayRunner.Cluster cluster;

    /** @param watcher this node's generation watcher (switches it at once), or null: the store is switched directly */
    GenerationSwitch(String bootstrapServers, ProjectionSet projections, ProjectionStore live,
                     ProjectionGenerations generations, GenerationWatcher watcher, ReplayRunner.Cluster cluster) {
        this.bootstrapServers = bootstrapServers;
        this.projections = projections;
        this.live = live;
        this.generations = generations;
        this.watcher = watcher;
        this.cluster = cluster;
    }

    /** The new group goes on where the rebuild stopped; every node follows the activation. */
    void switchTo(int generation, Map<TopicPartition, Long> positions) throws Exception {
        String group = ProjectionGenerations.groupOf(cluster.configuredGroup(), generation);
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        positions.forEach((partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset)));
        try (KafkaConsumer<String, byte[]> committer = ConsumerSettings.of(bootstrapServers,
                "plenary-replay-offsets").group(group).newConsumer()) {
            committer.assign(offsets.keySet());
            committer.commitSync(offsets);
        }
        generations.activate(generation, projections.generationKeys(), group);
        if (watcher != null) {
            watcher.check();
        } else {
            live.switchTo(generation);
        }
    }

    /** Waits until every node heard from lately serves {@code generation}, at most {@code switchWait}. */
    void awaitEveryNode(int generation) throws InterruptedException {
        long deadline = System.nanoTime() + cluster.switchWait().toNanos();
        Duration recent = cluster.lease();
        while (System.nanoTime() < deadline) {
            Map<String, Integer> nodes = generations.servingNodes(recent);
            if (nodes.values().stream().allMatch(g -> g == generation)) {
                return;
            }
            Thread.sleep(100);
        }
        log.warn("Not every query node serves generation {} after {}: {}", generation, cluster.switchWait(),
                generations.servingNodes(recent));
    }
}
