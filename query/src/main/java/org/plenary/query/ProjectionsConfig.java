package org.plenary.query;

import org.plenary.query.config.QueryProperties;
import org.plenary.query.projection.DraftViewProjection;
import org.plenary.query.projection.ProjectionSet;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.checkpoint.CheckpointProjection;
import org.plenary.query.projection.history.NegotiationHistoryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The projections this app builds: a bean per projection (its reads serve the queries) and their registration in
 * the {@link ProjectionSet} that the live consumer and the replay drive. Adding a projection is its class and a
 * bean and an entry here (docs/ARCHITECTURE.md, "Adding a projection").
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionsConfig {

    @Bean
    DraftViewProjection draftViewProjection(ProjectionStore store) {
        return new DraftViewProjection(store);
    }

    @Bean
    NegotiationHistoryProjection negotiationHistoryProjection(ProjectionStore store, QueryProperties properties) {
        return new NegotiationHistoryProjection(store, properties.queries().historyBucketCache());
    }

    @Bean
    CheckpointProjection checkpointProjection(ProjectionStore store, QueryProperties properties) {
        return new CheckpointProjection(store, properties.projection().checkpointInterval());
    }

    /** Written in this order, the draft views last (their version is the commit mark of the others). */
    @Bean
    ProjectionSet projectionSet(DraftViewProjection draftViews, NegotiationHistoryProjection history,
                                CheckpointProjection checkpoints) {
        return new ProjectionSet(draftViews, List.of(history, checkpoints));
    }
}
