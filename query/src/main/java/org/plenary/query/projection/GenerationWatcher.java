package org.plenary.query.projection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Makes this query node follow the active generation of projections: every {@code interval} it reads
 * {@code projection_meta/active}, and when a replay (on any node) has activated another generation, it serves that
 * one and its live consumer (if it projects) joins that generation's consumer group, between two batches. It also
 * records which generation it serves, so a replay knows when every node has switched. Every node switches within
 * one interval of the activation.
 */
public class GenerationWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GenerationWatcher.class);

    private final ProjectionGenerations generations;
    private final ProjectionStore store;
    private final ProjectionConsumer consumer;
    private final String node;
    private final String configuredGroup;
    private final ScheduledExecutorService timer;

    /** @param consumer this node's live consumer, or null when it serves without projecting */
    public GenerationWatcher(ProjectionGenerations generations, ProjectionStore store, ProjectionConsumer consumer,
                             String node, String configuredGroup, Duration interval) {
        this.generations = Objects.requireNonNull(generations, "generations");
        this.store = Objects.requireNonNull(store, "store");
        this.consumer = consumer;
        this.node = Objects.requireNonNull(node, "node");
        this.configuredGroup = Objects.requireNonNull(configuredGroup, "group");
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "plenary-generations");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public String node() {
        return node;
    }

    /** Follows the active generation now (the replay calls it on its own node right after activating). */
    public synchronized void check() throws Exception {
        Optional<ProjectionGenerations.Active> active = generations.active();
        if (active.isPresent() && active.get().generation() != store.generation()) {
            int generation = active.get().generation();
            String group = active.get().groupOr(configuredGroup);
            if (consumer == null) {
                store.switchTo(generation);
            } else {
                consumer.betweenBatches(control -> control.switchTo(generation, group)).get(60, TimeUnit.SECONDS);
            }
            log.info("Node {} serves generation {} now", node, generation);
        }
        generations.serving(node, store.generation());
    }

    private void checkQuietly() {
        try {
            check();
        } catch (Exception e) {
            log.debug("Cannot follow the active generation now: {}", e.toString()); // MongoDB away: health says so
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
