package org.plenary.query.projection;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The generations of projection collections and the store serving the active one. */
@Configuration(proxyBeanMethods = false)
public class ProjectionStoreConfig {

    @Bean
    ProjectionGenerations projectionGenerations(MongoDatabase database) {
        return new ProjectionGenerations(database);
    }

    /** The store serves the generation recorded as active (0 on a fresh install). */
    @Bean
    ProjectionStore projectionStore(MongoDatabase database, ProjectionGenerations generations) {
        int active = generations.active().map(ProjectionGenerations.Active::generation).orElse(0);
        return new ProjectionStore(database, active);
    }
}
