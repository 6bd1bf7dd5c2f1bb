package org.plenary.query.replay;

import com.mongodb.client.MongoDatabase;
import org.plenary.query.config.QueryProperties;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.projection.GenerationWatcher;
import org.plenary.query.projection.ProjectionGenerations;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Optional;

/** The replay (rebuild of every projection from the topic) and the backfill that starts one when needed. */
@Configuration(proxyBeanMethods = false)
public class ReplayConfig {

    private static final Logger log = LoggerFactory.getLogger(ReplayConfig.class);

    @Bean(destroyMethod = "close")
    ReplayRunner replayRunner(QueryProperties properties, ProjectionSet projections, ProjectionStore store,
                              ProjectionGenerations generations, GenerationWatcher watcher, MongoDatabase database) {
        QueryProperties.Replay replay = properties.replay();
        return new ReplayRunner(new ReplayRunner.Settings(properties.kafka().bootstrapServers(),
                properties.kafka().topic(), replay.cacheDrafts(), replay.maxPollRecords(), replay.flushEvents(),
                replay.threads(), replay.writtenDigests()), projections, store, generations, watcher, database,
                new ReplayRunner.Cluster(properties.projection().node(), properties.projection().group(), replay.lease(),
                        replay.switchWait()));
    }

    /**
     * Backfill: when the active generation lacks a projection this code builds (one was added), or projections
     * exist from before generations were recorded, every projection is rebuilt from the topic in the background
     * (by one node: the others see its lease). A replay a dead node left unfinished is taken over.
     */
    @Bean
    ApplicationRunner projectionBackfill(ProjectionGenerations generations, ProjectionSet projections,
                                         DraftViewProjection draftViews, ProjectionStore store, ReplayRunner replay,
                                         QueryProperties properties) {
        return args -> {
            if (!properties.projection().enabled()) {
                return;
            }
            List<String> built = projections.generationKeys();
            Optional<ProjectionGenerations.Active> active = generations.active();
            if (active.isEmpty() && draftViews.list().isEmpty()) {
                generations.activate(store.generation(), built);
            } else if (active.isEmpty() || !active.get().holdsAll(built)) {
                log.info("Generation {} holds {}, not all of {}: rebuilding from the topic", store.generation(),
                        active.map(ProjectionGenerations.Active::projections).orElse(List.of()), built);
                replay.start();
            }
            replay.resumeAbandoned();
        };
    }
}
