package org.plenary.query.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The MongoDB client and the database of the projections and feed positions ({@code plenary.mongo.*}). */
@Configuration(proxyBeanMethods = false)
public class MongoConfig {

    @Bean(destroyMethod = "close")
    MongoClient queryMongoClient(QueryProperties properties) {
        return MongoClients.create(properties.mongo().uri());
    }

    @Bean
    MongoDatabase queryDatabase(MongoClient client, QueryProperties properties) {
        return client.getDatabase(properties.mongo().database());
    }
}
