package org.plenary.query.replay;

import org.plenary.query.config.QueryProperties;
import org.plenary.query.projection.ProjectionConsumer;
import org.plenary.query.projection.ProjectionGenerations;
import org.plenary.query.projection.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

/** The replay (rebuild of every projection from the topic) and the backfill that starts one when needed. */
@Configuration(proxyBeanMethods = false)
public class ReplayConfig {

    private static final Logger log = LoggerFactory.getLogger(ReplayConfig.class);

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
}
