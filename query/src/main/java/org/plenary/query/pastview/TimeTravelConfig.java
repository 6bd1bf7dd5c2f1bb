package org.plenary.query.pastview;

import org.plenary.query.config.QueryProperties;
import org.plenary.query.projection.ProjectionStore;
import org.plenary.query.projection.checkpoint.CheckpointProjection;
import org.plenary.query.projection.history.NegotiationHistoryProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time travel: past views from the current one, the text from checkpoints (cached decoded). */
@Configuration(proxyBeanMethods = false)
public class TimeTravelConfig {

    @Bean
    TimeTravel timeTravel(ProjectionStore store, NegotiationHistoryProjection history, CheckpointProjection checkpoints,
                          QueryProperties properties) {
        return new TimeTravel(store, history, checkpoints, properties.queries().checkpointCache(),
                properties.queries().viewCache(), properties.queries().pastTextCache());
    }
}
